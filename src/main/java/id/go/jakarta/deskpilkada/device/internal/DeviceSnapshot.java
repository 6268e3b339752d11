package id.go.jakarta.deskpilkada.device.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import id.go.jakarta.deskpilkada.base.cluster.DeskCopies;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.cluster.SnapshotContributor;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DevicesChanged;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The devices' part of the live snapshot: each post's device list, read from committed data. */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class DeviceSnapshot implements SnapshotContributor {

    /** One post's devices, in display order. */
    record PostDevices(List<DeviceInfo> devices) implements Serializable {}

    private final IMap<Long, PostDevices> byPost;
    private final DeviceRepository repository;

    private final ExerciseMode mode;

    private final WorkingDesk working;
    /** Other desks' devices, read again after a device of theirs changed. */
    private final DeskCopies.Part<Map<Long, List<DeviceInfo>>> other;

    DeviceSnapshot(
            HazelcastInstance hazelcast,
            DeviceRepository repository,
            ExerciseMode mode,
            WorkingDesk working,
            DeskCopies copies) {
        this.working = working;
        this.other = copies.part("devices", DevicesChanged.class::isInstance);
        this.mode = mode;
        this.byPost = hazelcast.getMap(LiveSnapshots.mapName("devices"));
        this.repository = repository;
    }

    /**
     * Runs after commit in the committing thread, on that transaction's still-open connection (the
     * data is committed): taking a second connection here would starve the pool under load.
     */
    @Override
    public void apply(LiveEvent event) {
        if (event instanceof DevicesChanged changed) {
            byPost.set(changed.poskoId(), load(changed.poskoId()));
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void rebuild() {
        byPost.putAll(loadAll());
        byPost.set(0L, new PostDevices(List.of()));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean reconcile() {
        // Two nodes may apply two quick changes of one post in the wrong order: compare and repair.
        boolean repaired = false;
        Map<Long, PostDevices> truth = loadAll();
        for (Map.Entry<Long, PostDevices> post : truth.entrySet()) {
            if (!post.getValue().equals(byPost.get(post.getKey()))) {
                byPost.set(post.getKey(), post.getValue());
                repaired = true;
            }
        }
        for (Long held : byPost.keySet()) {
            if (held != 0L
                    && !truth.containsKey(held)
                    && !byPost.get(held).devices().isEmpty()) {
                byPost.set(held, new PostDevices(List.of()));
                repaired = true;
            }
        }
        if (!byPost.containsKey(0L)) {
            byPost.set(0L, new PostDevices(List.of()));
        }
        return repaired;
    }

    /** Every post's devices; filled from the database when the cluster lost the map. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Map<Long, List<DeviceInfo>> all() {
        if (working.actingInOtherDesk()) {
            // The map holds the working desk: another desk's devices are read for its reader.
            return other.get(() -> loadAll().entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(
                            Map.Entry::getKey, e -> e.getValue().devices())));
        }
        // Key 0 marks a loaded map even when no post has a device yet.
        if (!byPost.containsKey(0L)) {
            rebuild();
        }
        return byPost.entrySet().stream()
                .filter(e -> e.getKey() != 0L)
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().devices()));
    }

    private PostDevices load(long poskoId) {
        return new PostDevices(repository.findByPoskoIdOrderByKindAscNameAsc(poskoId).stream()
                .map(d -> d.toInfo(mode.exercise()))
                .toList());
    }

    private Map<Long, PostDevices> loadAll() {
        Map<Long, List<DeviceInfo>> grouped = repository.findAll().stream()
                .map(d -> d.toInfo(mode.exercise()))
                .sorted(Comparator.comparing(DeviceInfo::kind).thenComparing(DeviceInfo::name))
                .collect(Collectors.groupingBy(DeviceInfo::poskoId, Collectors.toCollection(ArrayList::new)));
        return grouped.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new PostDevices(List.copyOf(e.getValue()))));
    }
}
