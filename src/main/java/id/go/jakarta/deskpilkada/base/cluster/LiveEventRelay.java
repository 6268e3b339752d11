package id.go.jakarta.deskpilkada.base.cluster;

import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.pacing.Coalescer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single hop from a committed transaction to the cluster: update the live snapshot, then
 * publish. Nothing is relayed for a transaction that rolled back.
 *
 * <p>One batch at a time per node. A commit that finds the relay idle relays its events itself,
 * before its caller gets an answer (the usual case: a person's action, a device report). Commits
 * that arrive while a batch runs only queue their events and return; the relay thread takes all
 * queued events as one batch, so a snapshot part that recounts from the database
 * ({@link SnapshotContributor#applyAll}) does it once for the batch instead of once per commit.
 * Between the starts of two batches it leaves at least {@link #MIN_GAP} and twice the last batch's
 * time (a {@link Coalescer}): the relay takes at most about a third of one core whatever the filing
 * rate, and under a burst the snapshot and the views are at most a gap and a batch behind. Events
 * keep the time of their commit, and each is published only after the snapshot holds it.
 */
@Component
class LiveEventRelay {

    /** The least time between the starts of two batches when the second was queued. */
    static final Duration MIN_GAP = Duration.ofMillis(20);

    private static final Logger log = LoggerFactory.getLogger(LiveEventRelay.class);

    /** An event with the time of its commit and the desk it was committed in. */
    private record Committed(LiveEvent event, Instant at, long desk) {}

    private final List<SnapshotContributor> contributors;
    private final LiveEventBus bus;
    private final TransactionTemplate batchTransaction;
    private final ConcurrentLinkedQueue<Committed> waiting = new ConcurrentLinkedQueue<>();
    private final ExecutorService relayThread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("live-relay").daemon().factory());
    private final Coalescer batches;
    private final WorkingDesk working;

    LiveEventRelay(
            List<SnapshotContributor> contributors,
            LiveEventBus bus,
            PlatformTransactionManager transactions,
            WorkingDesk working) {
        this.contributors = contributors;
        this.working = working;
        this.bus = bus;
        // The relay thread's batch reads committed data in one transaction of its own.
        this.batchTransaction = new TransactionTemplate(transactions);
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batches = new Coalescer("live relay", MIN_GAP, 2, relayThread, this::relayQueued);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(LiveEvent event) {
        waiting.add(new Committed(event, Instant.now(), working.acting()));
        // Idle relay: this commit's thread relays now, on the committing transaction's connection.
        // Not for a commit in another desk than the working one: that thread's reads are scoped to
        // its own desk, and the batch may hold the working desk's events.
        if (!working.actingInOtherDesk()) {
            batches.runIfIdle(this::relayWaiting);
        }
        // What is still waiting (this event, if the relay was busy) goes with the next batch.
        if (!waiting.isEmpty()) {
            batches.request();
        }
    }

    /** A batch on the relay thread. */
    private void relayQueued() {
        long desk = working.id();
        if (waiting.stream().noneMatch(c -> c.desk() == desk)) {
            // Nothing for the snapshot (another desk's events, the roll-up's announcements): no
            // transaction to open, so the relay is busy for the time of a publish only.
            relayWaiting();
            return;
        }
        try {
            batchTransaction.executeWithoutResult(tx -> relayWaiting());
        } catch (TransactionException noDatabase) {
            // Without a transaction each part reads on its own (or fails and is reconciled
            // later); the events still go out.
            log.warn("No transaction for a relay batch: {}", noDatabase.getMessage());
            relayWaiting();
        }
    }

    private void relayWaiting() {
        List<Committed> batch = new ArrayList<>();
        for (Committed next = waiting.poll(); next != null; next = waiting.poll()) {
            batch.add(next);
        }
        if (!batch.isEmpty()) {
            relayBatch(batch);
        }
    }

    private void relayBatch(List<Committed> batch) {
        // The live snapshot holds the working desk only (docs/desks.md): another desk's events are
        // published for its screens, which read that desk from the database.
        long desk = working.id();
        List<LiveEvent> events = batch.stream()
                .filter(c -> c.desk() == desk)
                .map(Committed::event)
                .toList();
        for (SnapshotContributor contributor : events.isEmpty() ? List.<SnapshotContributor>of() : contributors) {
            try {
                if (events.size() == 1) {
                    contributor.apply(events.getFirst());
                } else {
                    contributor.applyAll(events);
                }
            } catch (RuntimeException e) {
                // The changes are committed; the next reconciliation (every few seconds) repairs the
                // snapshot from the database and tells every view to reload.
                log.error("Snapshot update failed for {}", events, e);
            }
        }
        for (Committed committed : batch) {
            try {
                bus.publish(committed.event(), committed.at(), committed.desk());
            } catch (RuntimeException e) {
                log.error("Could not publish {} to the cluster", committed.event(), e);
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        relayThread.shutdown();
        if (!relayThread.awaitTermination(5, TimeUnit.SECONDS)) {
            relayThread.shutdownNow();
        }
    }
}
