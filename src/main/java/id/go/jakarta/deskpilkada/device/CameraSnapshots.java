package id.go.jakarta.deskpilkada.device;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.device.camera.CameraFetcher;
import id.go.jakarta.deskpilkada.device.camera.CameraPolicy;
import id.go.jakarta.deskpilkada.device.camera.CameraProperties;
import id.go.jakarta.deskpilkada.device.camera.SnapshotCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * CCTV snapshots fetched by the server, so that a wall served over https shows them from its own
 * origin ({@code /kamera/<id>}) and no browser ever loads an {@code http:} camera. Only addresses
 * inside the allowed sources are fetched ({@link CameraSourceService}), within the limits of
 * {@code desk.cameras.*}; one fetch per camera and period however many walls ask. Leadership, ADMIN
 * and paired wall screens see every camera; a post's chief and officers their own post's.
 *
 * <p>No transaction: a fetch may take seconds and holds no database connection. The cameras and
 * the rules are read from the live snapshot and the database at most every few seconds, and at
 * once when a device or an allowed source changed on any node.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class CameraSnapshots {

    /** Where the wall loads a camera's snapshot: this, then the device id (relative, like the map). */
    public static final String PATH = "kamera/";

    private static final Duration DIRECTORY_TTL = Duration.ofSeconds(5);

    /** The cameras by id and the rules they are fetched under. */
    private record Directory(Map<Long, DeviceInfo> cameras, CameraRules rules) {}

    private final DeviceService devices;
    private final CameraSourceService sources;
    private final LiveEventBus bus;
    private final CameraProperties limits;
    private final CameraFetcher fetcher;
    private final SnapshotCache cache;
    private final LoadingCache<Boolean, Directory> directory;
    private Runnable unsubscribe = () -> {};

    CameraSnapshots(
            DeviceService devices,
            CameraSourceService sources,
            LiveEventBus bus,
            CameraProperties limits,
            Clock clock) {
        this.devices = devices;
        this.sources = sources;
        this.bus = bus;
        this.limits = limits;
        this.fetcher = new CameraFetcher(limits, clock);
        this.cache = new SnapshotCache(fetcher, limits);
        this.directory = Caffeine.newBuilder().expireAfterWrite(DIRECTORY_TTL).build(any -> load());
    }

    @PostConstruct
    void listen() {
        unsubscribe = bus.subscribe(signal -> {
            if (signal.concerns(e -> e instanceof DevicesChanged || e instanceof CameraSourcesChanged)) {
                directory.invalidateAll();
            }
            if (signal instanceof LiveSignal.Arrived arrived
                    && arrived.envelope().event() instanceof CameraSourcesChanged) {
                cache.clear();
            }
        });
    }

    @PreDestroy
    void stop() {
        unsubscribe.run();
        cache.close();
        fetcher.close();
    }

    /** Whether the actor may see the snapshots of that post's cameras. */
    public boolean mayView(Actor actor, long poskoId) {
        return actor.is(Role.LAYAR)
                || actor.is(Role.PIMPINAN)
                || actor.is(Role.ADMIN)
                || (actor.is(Role.KETUA_POSKO) || actor.is(Role.PETUGAS)) && actor.belongsTo(poskoId);
    }

    /**
     * The camera's latest snapshot for the signed-in actor: the one this node fetched within the last
     * seconds, or a new fetch shared with everyone asking meanwhile. A camera the actor may not see
     * is NOT_FOUND, as if it did not exist.
     */
    public CameraSnapshot snapshot(long deviceId) {
        Actor actor = CurrentActor.require();
        Directory known = directory.get(Boolean.TRUE);
        DeviceInfo camera = known.cameras().get(deviceId);
        String url = camera == null ? null : camera.snapshotUrl();
        if (camera == null || url == null || !mayView(actor, camera.poskoId())) {
            return new CameraSnapshot.Missing(CameraProblem.NOT_FOUND);
        }
        if (!known.rules().permits(url)) {
            return new CameraSnapshot.Missing(CameraProblem.NOT_ALLOWED);
        }
        return cache.get(url, CameraPolicy.from(known.rules()));
    }

    /** The largest snapshot fetched, in bytes. */
    public int maxBytes() {
        return limits.maxBytes();
    }

    private Directory load() {
        Map<Long, DeviceInfo> cameras = new HashMap<>();
        for (List<DeviceInfo> post : devices.byPost().values()) {
            post.stream().filter(d -> d.kind() == DeviceKind.CCTV).forEach(d -> cameras.put(d.id(), d));
        }
        return new Directory(Map.copyOf(cameras), sources.rules());
    }
}
