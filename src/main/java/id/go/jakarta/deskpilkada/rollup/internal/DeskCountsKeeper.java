package id.go.jakarta.deskpilkada.rollup.internal;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import id.go.jakarta.deskpilkada.base.cluster.LiveEnvelope;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.data.DeskOwnership;
import id.go.jakarta.deskpilkada.base.pacing.Coalescer;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.desk.DesksOpened;
import id.go.jakarta.deskpilkada.rollup.DeskCounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps every desk's counts in the live snapshot (one Hazelcast map entry per desk). The node that
 * committed a change recounts that desk (coalesced: a burst costs one count per desk). The map's
 * own entry events tell every node which desks' numbers moved ({@link #subscribe}), which wakes
 * only the roll-ups that sum them; they do not go through the live relay, which stays free for the
 * desks' own events. Rounds fill what is missing (a new cluster, a desk just opened) and refresh every
 * desk now and then; each node takes the desks whose map entries it owns, so the work spreads over
 * the cluster and nothing is counted twice.
 */
@Component
public class DeskCountsKeeper {

    /** Desks counted between two announcements of a round, so roll-ups fill in as it goes. */
    static final int ROUND_CHUNK = 25;

    private static final Logger log = LoggerFactory.getLogger(DeskCountsKeeper.class);

    private final HazelcastInstance hazelcast;
    private final DeskOwnership ownership;
    private final IMap<Long, DeskCounts> counts;
    private final DeskCounter counter;
    private final DeskService desks;
    private final LiveEventBus bus;
    private final Clock clock;
    private final Duration refreshAfter;
    /** Recounts on committed changes and rounds; off only where a test counts by hand. */
    private final boolean background;

    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("desk-counts").daemon().factory());
    private final Coalescer recounts;
    private volatile List<DeskInfo> registry = List.of();
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();
    private Runnable unsubscribe = () -> {};
    private UUID entryListener = new UUID(0, 0);

    DeskCountsKeeper(
            HazelcastInstance hazelcast,
            DeskOwnership ownership,
            DeskCounter counter,
            DeskService desks,
            LiveEventBus bus,
            Clock clock,
            @Value("${desk.rollup.recount-gap:500ms}") Duration recountGap,
            @Value("${desk.rollup.refresh-after:5m}") Duration refreshAfter,
            @Value("${desk.rollup.background:true}") boolean background) {
        this.background = background;
        this.hazelcast = hazelcast;
        this.ownership = ownership;
        this.counts = hazelcast.getMap(LiveSnapshots.mapName("desk-counts"));
        this.counter = counter;
        this.desks = desks;
        this.bus = bus;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
        this.recounts = new Coalescer("desk counts", recountGap, 2, worker, this::recountDirty);
    }

    @PostConstruct
    void listen() {
        entryListener = counts.addEntryListener(new Moves(), true);
        UUID self = hazelcast.getCluster().getLocalMember().getUuid();
        if (!background) {
            return;
        }
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived arrived) {
                LiveEnvelope envelope = arrived.envelope();
                if (envelope.event() instanceof DesksOpened) {
                    registry = List.of();
                    worker.execute(this::round);
                } else if (envelope.origin().equals(self)
                        && envelope.desk() > 0
                        && envelope.event().movesDeskCounts()) {
                    // The committing node recounts; the others hear of the result. A fact that
                    // moves none of the counts (a camera's report) costs no recount.
                    dirty.add(envelope.desk());
                    recounts.request();
                }
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        unsubscribe.run();
        try {
            counts.removeEntryListener(entryListener);
        } catch (RuntimeException e) {
            log.debug("Hazelcast already down while removing the counts' listener", e);
        }
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Desks opened on this node: the registry is read again from the next read on. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void desksOpened(DesksOpened opened) {
        registry = List.of();
    }

    /**
     * Tells {@code listener} (on a Hazelcast event thread: keep it short) of every desk whose
     * numbers moved anywhere in the cluster; the returned handle unsubscribes.
     */
    public Runnable subscribe(Consumer<Long> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The map's entry events: a desk counted for the first time, or whose numbers moved. */
    private final class Moves implements EntryAddedListener<Long, DeskCounts>, EntryUpdatedListener<Long, DeskCounts> {

        @Override
        public void entryAdded(EntryEvent<Long, DeskCounts> event) {
            moved(event.getKey());
        }

        @Override
        public void entryUpdated(EntryEvent<Long, DeskCounts> event) {
            DeskCounts before = event.getOldValue();
            if (before == null || !sameNumbers(before, event.getValue())) {
                moved(event.getKey());
            }
        }

        private void moved(long desk) {
            for (Consumer<Long> listener : listeners) {
                try {
                    listener.accept(desk);
                } catch (RuntimeException e) {
                    log.warn("A roll-up listener failed", e);
                }
            }
        }
    }

    /** The counts held for these desks; a desk not counted yet is missing. */
    public Map<Long, DeskCounts> counts(Collection<Long> deskIds) {
        return deskIds.isEmpty() ? Map.of() : counts.getAll(new HashSet<>(deskIds));
    }

    /** Every desk of the registry, parents before children; read again after desks are opened. */
    public List<DeskInfo> registry() {
        List<DeskInfo> known = registry;
        if (known.isEmpty()) {
            known = desks.all();
            registry = known;
        }
        return known;
    }

    /** Counts these desks again soon on this node (a desk whose numbers changed by the clock). */
    public void recount(Collection<Long> deskIds) {
        dirty.addAll(deskIds);
        recounts.request();
    }

    /** Starts a round on this node now (tests, and a node that just joined). */
    public void roundNow() {
        worker.execute(this::round);
    }

    @Scheduled(
            initialDelayString = "${desk.rollup.first-round:5s}",
            fixedDelayString = "${desk.rollup.round-interval:1m}")
    void scheduledRound() {
        if (!background) {
            return;
        }
        worker.execute(this::round);
    }

    private void recountDirty() {
        Set<Long> now = new LinkedHashSet<>();
        for (Long desk : List.copyOf(dirty)) {
            dirty.remove(desk);
            now.add(desk);
        }
        store(now);
    }

    /**
     * Counts the desks this node owns that are missing or older than the refresh age, in chunks,
     * announcing each chunk's changes.
     */
    private void round() {
        try {
            Instant stale = clock.instant().minus(refreshAfter);
            List<Long> due = new ArrayList<>();
            List<DeskInfo> all = registry();
            Map<Long, DeskCounts> held = counts(all.stream().map(DeskInfo::id).toList());
            for (DeskInfo desk : all) {
                DeskCounts known = held.get(desk.id());
                if (desk.holdsElection()
                        && ownership.ownsHere(desk.id())
                        && (known == null || known.countedAt().isBefore(stale))) {
                    due.add(desk.id());
                }
            }
            for (int from = 0; from < due.size(); from += ROUND_CHUNK) {
                store(due.subList(from, Math.min(due.size(), from + ROUND_CHUNK)));
            }
        } catch (RuntimeException e) {
            log.warn("Desk counts round failed; the next round tries again", e);
        }
    }

    /**
     * Counts each desk and puts its counts, with the time they were taken (which the roll-ups
     * show); the map's entry events announce the desks whose numbers moved.
     */
    private void store(Collection<Long> deskIds) {
        for (long desk : deskIds) {
            try {
                counts.set(desk, counter.count(desk));
            } catch (RuntimeException e) {
                log.warn("Could not count desk {}; the next round tries again", desk, e);
            }
        }
    }

    static boolean sameNumbers(DeskCounts a, DeskCounts b) {
        return a.withCountedAt(Instant.EPOCH).equals(b.withCountedAt(Instant.EPOCH));
    }
}
