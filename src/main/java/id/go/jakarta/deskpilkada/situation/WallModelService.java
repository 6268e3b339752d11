package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.cluster.LiveEnvelope;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.pacing.Coalescer;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
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
import java.util.concurrent.ConcurrentHashMap;
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
 * The walls' pictures for this node, one per desk that has screens here (docs/desks.md): one
 * immutable JSON string per language, rebuilt when something changes in that desk (and every 30 s
 * so that ages and countdowns move on), and handed to every wall screen of the desk on the node as
 * the same instance. A burst of events costs one rebuild, not one per screen; an event of desk A
 * wakes only desk A's walls, and a desk without a screen on this node costs nothing until one asks.
 *
 * <p>Four parts: this service schedules (a {@link Coalescer} per desk), {@link WallPictureBuilder}
 * builds the models, {@link WallEncoder} writes them and the patch from the picture before, and
 * {@link WallDelivery} hands them to the screens. An event that finds the desk's builder idle is
 * built at once; one that arrives while a picture is built or handed out waits for the next
 * picture, which starts no sooner than {@link #MIN_INTERVAL} and the last picture's build and
 * hand-over after the one before. So a quiet node shows each event within a build and a hand-over,
 * and a node with more screens than it can feed sends fewer pictures, each with more events,
 * instead of queueing them. A picture is built for nobody in particular in its desk
 * ({@link CurrentActor#nobodyIn}): public numbers, whoever's thread asks.
 */
@Service
public class WallModelService {

    /** At most this often a new picture of one desk, whatever the rate of events (twenty a second). */
    static final Duration MIN_INTERVAL = Duration.ofMillis(50);

    /**
     * A desk's picture is built anew when it is this old (times shown as "minutes ago", stages, a
     * silent post turning grey), counted from the desk's own last picture: a desk that events keep
     * fresh is not refreshed, and the refreshes of a node's desks spread over the interval instead
     * of all desks queueing at one tick in front of the pictures that events wait for.
     */
    static final Duration REFRESH = Duration.ofSeconds(30);

    /** How often the refresh looks for desks whose picture is {@link #REFRESH} old. */
    static final Duration REFRESH_TICK = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(WallModelService.class);

    private final WallPictureBuilder builder;
    private final WallEncoder encoder;
    private final LiveEventBus bus;
    private final WorkingDesk working;
    private final Clock clock;
    /** Builds pictures: different desks' in parallel, one desk's one at a time (its coalescer). */
    private final ScheduledExecutorService builderThreads = Executors.newScheduledThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("wall-model-", 0).daemon().factory());

    private final Map<Long, DeskWall> walls = new ConcurrentHashMap<>();

    private Runnable unsubscribe = () -> {};

    WallModelService(WallPictureBuilder builder, LiveEventBus bus, JsonMapper json, WorkingDesk working, Clock clock) {
        this.builder = builder;
        this.encoder = new WallEncoder(json);
        this.bus = bus;
        this.working = working;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived arrived) {
                LiveEnvelope envelope = arrived.envelope();
                builder.changed(envelope.event());
                walls.values().stream()
                        .filter(w -> envelope.concerns(w.desk))
                        .forEach(w -> w.eventArrived(envelope.committedAt()));
            } else {
                walls.values().forEach(DeskWall::requestRebuild);
            }
        });
        builderThreads.scheduleWithFixedDelay(
                () -> {
                    long now = System.nanoTime();
                    walls.values().stream()
                            .filter(w -> now - w.builtNanos >= REFRESH.toNanos())
                            .forEach(DeskWall::requestRebuild);
                },
                REFRESH_TICK.toMillis(),
                REFRESH_TICK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        unsubscribe.run();
        builderThreads.shutdownNow();
        walls.values().forEach(w -> w.delivery.close());
    }

    /** The acting desk's current picture (built now if none yet, once however many screens ask at once). */
    public WallPictures pictures() {
        return wall(working.acting()).pictures();
    }

    /**
     * Called with every new picture of the acting desk, on one of the fan-out threads; the next
     * picture waits until every listener has returned, so hand it on quickly.
     */
    public Runnable subscribe(Consumer<WallPictures> listener) {
        return wall(working.acting()).delivery.subscribe(listener);
    }

    /** Builds a new picture of the acting desk; public for tests and the benchmark. */
    public WallPictures rebuild() {
        return wall(working.acting()).rebuild();
    }

    /** The lock the acting desk's builds hold: a test holding it keeps scheduled pictures out. */
    Object buildLock() {
        return wall(working.acting());
    }

    private DeskWall wall(long desk) {
        return walls.computeIfAbsent(desk, DeskWall::new);
    }

    /** One desk's picture on this node, its screens and its schedule. */
    private final class DeskWall {

        final long desk;
        final WallDelivery delivery = new WallDelivery();
        final Coalescer pictureRuns;
        volatile @Nullable WallPictures current;
        /** When the last picture was built ({@link System#nanoTime}), for the refresh. */
        volatile long builtNanos = System.nanoTime();
        /** Something changed while no screen was listening: {@link #pictures()} builds anew. */
        volatile boolean outdated;
        /** The commit time of the newest event received (any node's), read at the start of a build. */
        final AtomicReference<@Nullable Instant> newestEvent = new AtomicReference<>();
        /** The commit time of the oldest event received since the last build started (null if none). */
        final AtomicReference<@Nullable Instant> oldestPending = new AtomicReference<>();

        DeskWall(long desk) {
            this.desk = desk;
            this.pictureRuns = new Coalescer(
                    "wall pictures of desk " + desk, MIN_INTERVAL, 1, builderThreads, this::buildAndDeliver);
        }

        void eventArrived(Instant committed) {
            newestEvent.accumulateAndGet(
                    committed, (known, next) -> known == null || next.isAfter(known) ? next : known);
            oldestPending.accumulateAndGet(
                    committed, (known, next) -> known == null || next.isBefore(known) ? next : known);
            requestRebuild();
        }

        WallPictures pictures() {
            WallPictures p = current;
            if (p != null && !outdated) {
                return p;
            }
            synchronized (this) {
                WallPictures again = current;
                return again != null && !outdated ? again : rebuild();
            }
        }

        void requestRebuild() {
            if (delivery.count() == 0) {
                // No screen of this desk on this node: the next screen to ask has it built then.
                outdated = true;
                return;
            }
            pictureRuns.request();
        }

        /** One run of a builder thread: the next picture, then every screen of the desk is handed it. */
        private void buildAndDeliver() {
            long started = System.nanoTime();
            WallPictures built;
            try {
                built = rebuild();
            } catch (RuntimeException e) {
                log.warn("Could not rebuild the wall picture of desk {}", desk, e);
                return;
            }
            long builtAt = System.nanoTime();
            if (delivery.deliver(built) && log.isDebugEnabled()) {
                long done = System.nanoTime();
                log.debug(
                        "Desk {} picture {}: built in {} ms, handed to {} screens in {} ms",
                        desk,
                        built.sequence(),
                        (builtAt - started) / 1_000_000,
                        delivery.count(),
                        (done - builtAt) / 1_000_000);
            }
        }

        synchronized WallPictures rebuild() {
            Instant now = clock.instant();
            outdated = false;
            // Read before the snapshot: every event up to these is in what the build reads next. (An
            // event between the two is in this picture and counted as new in the next one too: its
            // wait is overstated, never understated.)
            Instant oldest = oldestPending.getAndSet(null);
            Instant newest = newestEvent.get();
            WallPictures previous = current;
            long sequence = previous == null ? 1 : previous.sequence() + 1;
            Map<Locale, WallJson.Model> models =
                    CurrentActor.nobodyIn(desk, () -> builder.build(sequence, now, newest, oldest));
            WallPictures built = encoder.encode(models, sequence, now, previous, newest, oldest);
            current = built;
            builtNanos = System.nanoTime();
            return built;
        }
    }
}
