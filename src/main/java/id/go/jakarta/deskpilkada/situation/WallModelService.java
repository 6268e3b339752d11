package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.pacing.Coalescer;
import id.go.jakarta.deskpilkada.situation.picture.WallDelivery;
import id.go.jakarta.deskpilkada.situation.picture.WallEncoder;
import id.go.jakarta.deskpilkada.situation.picture.WallJson;
import id.go.jakarta.deskpilkada.situation.picture.WallPictureBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wall's picture for this node: one immutable JSON string per language, rebuilt from the live
 * snapshot when something changes (and every 30 s so that ages and countdowns move on), and handed
 * to every wall screen on the node as the same instance. A burst of events costs one rebuild, not
 * one per screen, and no screen queries the database.
 *
 * <p>Four parts: this service schedules (a {@link Coalescer}), {@link WallPictureBuilder} builds
 * the models, {@link WallEncoder} writes them and the patch from the picture before, and
 * {@link WallDelivery} hands them to the screens. An event that finds the builder idle is built at
 * once; one that arrives while a picture is built or handed out waits for the next picture, which
 * starts no sooner than {@link #MIN_INTERVAL} and the last picture's build and hand-over after the
 * one before. So a quiet node shows each event within a build and a hand-over, and a node with more
 * screens than it can feed sends fewer pictures, each with more events, instead of queueing them.
 */
@Service
public class WallModelService {

    /** At most this often a new picture, whatever the rate of events (twenty a second). */
    static final Duration MIN_INTERVAL = Duration.ofMillis(50);

    static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(WallModelService.class);

    private final WallPictureBuilder builder;
    private final WallEncoder encoder;
    private final WallDelivery delivery = new WallDelivery();
    private final LiveEventBus bus;
    private final Clock clock;
    private final ScheduledExecutorService builderThread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("wall-model").daemon().factory());
    private final Coalescer pictureRuns;
    private volatile @Nullable WallPictures current;
    /** Something changed while no screen was listening: {@link #pictures()} builds anew. */
    private volatile boolean outdated;
    /** The commit time of the newest event received (any node's), read at the start of a build. */
    private final AtomicReference<@Nullable Instant> newestEvent = new AtomicReference<>();
    /** The commit time of the oldest event received since the last build started (null if none). */
    private final AtomicReference<@Nullable Instant> oldestPending = new AtomicReference<>();

    private Runnable unsubscribe = () -> {};

    WallModelService(WallPictureBuilder builder, LiveEventBus bus, JsonMapper json, Clock clock) {
        this.builder = builder;
        this.encoder = new WallEncoder(json);
        this.bus = bus;
        this.clock = clock;
        this.pictureRuns = new Coalescer("wall pictures", MIN_INTERVAL, 1, builderThread, this::buildAndDeliver);
    }

    @PostConstruct
    void start() {
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived arrived) {
                Instant committed = arrived.envelope().committedAt();
                newestEvent.accumulateAndGet(
                        committed, (known, next) -> known == null || next.isAfter(known) ? next : known);
                oldestPending.accumulateAndGet(
                        committed, (known, next) -> known == null || next.isBefore(known) ? next : known);
                builder.changed(arrived.envelope().event());
            }
            requestRebuild();
        });
        builderThread.scheduleWithFixedDelay(
                this::requestRebuild, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        unsubscribe.run();
        builderThread.shutdownNow();
        delivery.close();
    }

    /** The current picture (built now if none yet, once however many screens ask at once). */
    public WallPictures pictures() {
        WallPictures p = current;
        if (p != null && !outdated) {
            return p;
        }
        synchronized (this) {
            return current != null && !outdated ? current : rebuild();
        }
    }

    /**
     * Called with every new picture, on one of the fan-out threads; the next picture waits until
     * every listener has returned, so hand it on quickly.
     */
    public Runnable subscribe(Consumer<WallPictures> listener) {
        return delivery.subscribe(listener);
    }

    private void requestRebuild() {
        if (delivery.count() == 0) {
            // No screen on this node (an API node): the next screen to ask has it built then.
            outdated = true;
            return;
        }
        pictureRuns.request();
    }

    /** One run of the builder thread: the next picture, then every screen is handed it. */
    private void buildAndDeliver() {
        long started = System.nanoTime();
        WallPictures built;
        try {
            built = rebuild();
        } catch (RuntimeException e) {
            log.warn("Could not rebuild the wall picture", e);
            return;
        }
        long builtAt = System.nanoTime();
        if (delivery.deliver(built) && log.isDebugEnabled()) {
            long done = System.nanoTime();
            log.debug(
                    "Picture {}: built in {} ms, handed to {} screens in {} ms",
                    built.sequence(),
                    (builtAt - started) / 1_000_000,
                    delivery.count(),
                    (done - builtAt) / 1_000_000);
        }
    }

    /** Builds a new picture from the snapshot; public for tests and the benchmark. */
    public synchronized WallPictures rebuild() {
        Instant now = clock.instant();
        outdated = false;
        // Read before the snapshot: every event up to these is in what the build reads next. (An
        // event between the two is in this picture and counted as new in the next one too: its
        // wait is overstated, never understated.)
        Instant oldest = oldestPending.getAndSet(null);
        Instant newest = newestEvent.get();
        WallPictures previous = current;
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        Map<Locale, WallJson.Model> models = builder.build(sequence, now, newest, oldest);
        WallPictures built = encoder.encode(models, sequence, now, previous, newest, oldest);
        current = built;
        return built;
    }
}
