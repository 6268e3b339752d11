package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * For fixtures written straight into the database, without the events their services publish:
 * the live snapshot is repaired and this node's copies of other desks' parts are dropped before
 * the test goes on, as after a bulk load in a running cluster.
 */
public final class RowsWrittenBySql {

    private RowsWrittenBySql() {}

    /** Repairs the snapshot and waits until this node has heard of it. */
    public static void announce(LiveSnapshots snapshots, LiveEventBus bus) {
        String reason = "rows written by a test's SQL " + UUID.randomUUID();
        CountDownLatch heard = new CountDownLatch(1);
        Runnable stop = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Resync resync && resync.reason().equals(reason)) {
                heard.countDown();
            }
        });
        try {
            snapshots.repair(reason);
            assertThat(heard.await(20, TimeUnit.SECONDS))
                    .as("the repair reached this node")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            stop.run();
        }
    }
}
