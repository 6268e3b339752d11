package id.go.jakarta.deskpilkada.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/** The hop from commit to cluster under a burst: commits queue behind a running batch. */
@SpringBootTest
@ActiveProfiles("test")
class LiveEventRelayTests {

    record Burst(int n) implements LiveEvent {}

    @Autowired
    LiveEventBus bus;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkingDesk working;

    private final List<String> happened = new CopyOnWriteArrayList<>();
    private final List<LiveEnvelope> arrived = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstEntered = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private Runnable unsubscribe = () -> {};
    private LiveEventRelay relay;

    /** A snapshot part that holds the first event until the test lets it go. */
    private final SnapshotContributor slowPart = new SnapshotContributor() {
        @Override
        public void apply(LiveEvent event) {
            if (event instanceof Burst(int n)) {
                happened.add("snapshot " + n);
                if (n == 1) {
                    firstEntered.countDown();
                    hold(releaseFirst);
                }
            }
        }

        @Override
        public void applyAll(List<LiveEvent> events) {
            happened.add("snapshot "
                    + events.stream().map(e -> String.valueOf(((Burst) e).n())).toList());
        }

        @Override
        public void rebuild() {}

        @Override
        public boolean reconcile() {
            return false;
        }
    };

    @AfterEach
    void stop() throws InterruptedException {
        releaseFirst.countDown();
        unsubscribe.run();
        if (relay != null) {
            relay.stop();
        }
    }

    @Test
    void commits_during_a_running_batch_return_at_once_and_go_out_together_in_order_after_the_snapshot_holds_them()
            throws Exception {
        relay = new LiveEventRelay(List.of(slowPart), bus, transactions, working);
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived a && a.envelope().event() instanceof Burst(int n)) {
                happened.add("published " + n);
                arrived.add(a.envelope());
            }
        });
        Thread first = Thread.ofVirtual().start(() -> relay.relay(new Burst(1)));
        assertThat(firstEntered.await(5, TimeUnit.SECONDS)).isTrue();

        Instant queuedAt = Instant.now();
        for (int n = 2; n <= 4; n++) {
            relay.relay(new Burst(n)); // returns although the first batch still holds the relay
        }
        Thread.sleep(200);
        assertThat(happened)
                .as("nothing of the queued commits is relayed while the first batch runs")
                .containsExactly("snapshot 1");

        releaseFirst.countDown();
        first.join(5000);
        await().atMost(Duration.ofSeconds(5)).until(() -> arrived.size() == 4);
        assertThat(arrived)
                .extracting(LiveEnvelope::event)
                .containsExactly(new Burst(1), new Burst(2), new Burst(3), new Burst(4));
        assertThat(happened)
                .as("one snapshot update for the queued three, before any of them is published")
                .containsSubsequence("snapshot 1", "snapshot [2, 3, 4]", "published 2", "published 3", "published 4");
        assertThat(arrived.subList(1, 4))
                .as("each keeps the time of its commit, not of its publication")
                .allSatisfy(e -> assertThat(e.committedAt()).isBefore(queuedAt.plusMillis(150)));
    }

    @Test
    void an_event_committed_in_another_desk_is_published_but_never_put_into_the_working_desks_snapshot() {
        relay = new LiveEventRelay(List.of(slowPart), bus, transactions, working);
        releaseFirst.countDown();
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived a && a.envelope().event() instanceof Burst(int n)) {
                happened.add("published " + n);
            }
        });
        long otherDesk = working.id() + 1_000_000;
        Actor elsewhere = new Actor("lain", "Lain", Role.ADMIN, null, null, null, false, otherDesk);
        CurrentActor.as(elsewhere, () -> {
            relay.relay(new Burst(7));
            return null;
        });
        relay.relay(new Burst(8));

        await().atMost(Duration.ofSeconds(5))
                .until(() -> happened.contains("published 7") && happened.contains("published 8"));
        assertThat(happened)
                .as("the working desk's event updates the snapshot; the other desk's does not")
                .contains("snapshot 8")
                .noneMatch(h -> h.startsWith("snapshot") && h.contains("7"));
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
