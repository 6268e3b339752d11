package id.go.jakarta.deskpilkada.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The node's end of the live topic: delivery in order, and a resync when events went missing. */
@SpringBootTest
@ActiveProfiles("test")
class LiveEventBusTests {

    record Probe(int n) implements LiveEvent {}

    @Autowired
    LiveEventBus bus;

    @Autowired
    HazelcastInstance hazelcast;

    private final List<LiveSignal> received = new CopyOnWriteArrayList<>();
    private Runnable unsubscribe = () -> {};

    @BeforeEach
    void subscribe() {
        unsubscribe = bus.subscribe(received::add);
    }

    @AfterEach
    void unsubscribe() {
        unsubscribe.run();
    }

    @Test
    void events_from_one_node_arrive_in_order_without_a_resync() {
        UUID sender = UUID.randomUUID();
        for (int i = 1; i <= 20; i++) {
            send(sender, i, new Probe(i));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> probes().size() == 20);
        assertThat(probes())
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(received).noneMatch(s -> s instanceof LiveSignal.Resync);
    }

    @Test
    void a_gap_in_a_senders_sequence_makes_views_reload() {
        UUID sender = UUID.randomUUID();
        send(sender, 1, new Probe(1));
        send(sender, 2, new Probe(2));
        send(sender, 5, new Probe(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> probes().size() == 3);
        assertThat(received).filteredOn(s -> s instanceof LiveSignal.Resync).hasSize(1);
        int resyncAt = indexOfResync();
        assertThat(received.get(resyncAt + 1))
                .isInstanceOfSatisfying(
                        LiveSignal.Arrived.class,
                        a -> assertThat(a.envelope().sequence()).isEqualTo(5));
    }

    @Test
    void a_published_event_carries_this_node_its_sequence_and_commit_time() {
        Instant before = Instant.now();
        bus.publish(new Probe(42));
        await().atMost(Duration.ofSeconds(5)).until(() -> probes().contains(42));
        LiveEnvelope envelope = received.stream()
                .filter(s -> s instanceof LiveSignal.Arrived a
                        && a.envelope().event().equals(new Probe(42)))
                .map(s -> ((LiveSignal.Arrived) s).envelope())
                .findFirst()
                .orElseThrow();
        assertThat(envelope.origin())
                .isEqualTo(hazelcast.getCluster().getLocalMember().getUuid());
        assertThat(envelope.committedAt()).isBetween(before, Instant.now());
        assertThat(envelope.sequence()).isPositive();
    }

    @Test
    void a_heartbeat_reveals_a_lost_last_event() {
        UUID sender = UUID.randomUUID();
        send(sender, 1, new Probe(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> probes().contains(1));
        send(sender, 2, new ControlEvents.Heartbeat());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> received.stream().anyMatch(s -> s instanceof LiveSignal.Resync));
        assertThat(probes()).containsExactly(1);
    }

    @Test
    void a_heartbeat_without_loss_changes_nothing() throws InterruptedException {
        UUID sender = UUID.randomUUID();
        send(sender, 1, new Probe(1));
        send(sender, 1, new ControlEvents.Heartbeat());
        send(sender, 2, new Probe(2));
        await().atMost(Duration.ofSeconds(5)).until(() -> probes().size() == 2);
        Thread.sleep(100);
        assertThat(received).noneMatch(s -> s instanceof LiveSignal.Resync);
    }

    @Test
    void events_published_from_many_threads_at_once_arrive_without_a_false_gap() throws Exception {
        int threads = 4;
        int each = 50;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int base = t * 1000;
                pool.submit(() -> {
                    for (int i = 1; i <= each; i++) {
                        bus.publish(new Probe(base + i));
                    }
                });
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> probes().size() == threads * each);
        assertThat(received).noneMatch(s -> s instanceof LiveSignal.Resync);
    }

    @Test
    void a_repaired_snapshot_makes_every_view_reload() {
        bus.publish(new ControlEvents.SnapshotRepaired("test repair"));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> received.stream()
                        .anyMatch(s ->
                                s instanceof LiveSignal.Resync r && r.reason().equals("test repair")));
    }

    private void send(UUID sender, long sequence, LiveEvent event) {
        hazelcast
                .<LiveEnvelope>getTopic(HazelcastConfiguration.LIVE_TOPIC)
                .publish(new LiveEnvelope(sender, sequence, Instant.now(), event));
    }

    private List<Integer> probes() {
        return received.stream()
                .filter(s -> s instanceof LiveSignal.Arrived a && a.envelope().event() instanceof Probe)
                .map(s -> ((Probe) ((LiveSignal.Arrived) s).envelope().event()).n())
                .toList();
    }

    private int indexOfResync() {
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i) instanceof LiveSignal.Resync) {
                return i;
            }
        }
        return -1;
    }
}
