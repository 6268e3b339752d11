package id.go.jakarta.deskpilkada.base.cluster;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The single hop from a committed transaction to the cluster: update the live snapshot, then
 * publish. Nothing is relayed for a transaction that rolled back.
 */
@Component
class LiveEventRelay {

    private static final Logger log = LoggerFactory.getLogger(LiveEventRelay.class);

    private final List<SnapshotContributor> contributors;
    private final LiveEventBus bus;

    LiveEventRelay(List<SnapshotContributor> contributors, LiveEventBus bus) {
        this.contributors = contributors;
        this.bus = bus;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(LiveEvent event) {
        for (SnapshotContributor contributor : contributors) {
            try {
                contributor.apply(event);
            } catch (RuntimeException e) {
                // The change is committed; the next reconciliation (every few seconds) repairs the
                // snapshot from the database and tells every view to reload.
                log.error("Snapshot update failed for {}", event, e);
            }
        }
        try {
            bus.publish(event);
        } catch (RuntimeException e) {
            log.error("Could not publish {} to the cluster", event, e);
        }
    }
}
