package id.go.jakarta.deskpilkada.base.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's end of the cluster topic. {@link #publish} sends an event to every node (this one
 * included); each node hands what arrives to its local subscribers. A gap in a sender's sequence
 * numbers (seen on the next event or on the sender's heartbeat), a member joining or leaving, or a
 * repaired snapshot becomes a {@link LiveSignal.Resync} so views reload.
 */
@Component
public class LiveEventBus {

    private static final Logger log = LoggerFactory.getLogger(LiveEventBus.class);

    private final HazelcastInstance hazelcast;
    private final List<Consumer<LiveSignal>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<UUID, Long> lastSequence = new ConcurrentHashMap<>();
    private final ITopic<LiveEnvelope> topic;
    private final Object publishing = new Object();
    private long sequence;
    private UUID localMember = new UUID(0, 0);
    private UUID topicListener = new UUID(0, 0);
    private UUID membershipListener = new UUID(0, 0);

    LiveEventBus(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        this.topic = hazelcast.getTopic(HazelcastConfiguration.LIVE_TOPIC);
    }

    @PostConstruct
    void listen() {
        localMember = hazelcast.getCluster().getLocalMember().getUuid();
        topicListener = topic.addMessageListener(this::received);
        membershipListener = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                deliver(new LiveSignal.Resync(
                        "member joined " + event.getMember().getAddress()));
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                lastSequence.remove(event.getMember().getUuid());
                deliver(new LiveSignal.Resync("member left " + event.getMember().getAddress()));
            }
        });
    }

    @PreDestroy
    void stop() {
        try {
            topic.removeMessageListener(topicListener);
            hazelcast.getCluster().removeMembershipListener(membershipListener);
        } catch (RuntimeException e) {
            log.debug("Hazelcast already down while removing listeners", e);
        }
    }

    /** Sends an event to all nodes, stamped now. */
    void publish(LiveEvent event) {
        publish(event, Instant.now());
    }

    /**
     * Sends a committed event to all nodes with the time of its commit. Numbering and sending are
     * one step, so order holds.
     */
    void publish(LiveEvent event, Instant committedAt) {
        publish(event, committedAt, LiveEnvelope.EVERY_DESK);
    }

    /** Sends an event committed in that desk to all nodes, with the time of its commit. */
    void publish(LiveEvent event, Instant committedAt, long desk) {
        synchronized (publishing) {
            sequence++;
            topic.publish(new LiveEnvelope(localMember, sequence, committedAt, event, desk));
        }
    }

    /** Tells the other nodes this node's latest sequence number, so they notice a lost last event. */
    @Scheduled(
            fixedDelayString = "${desk.cluster.heartbeat-interval:10s}",
            initialDelayString = "${desk.cluster.heartbeat-interval:10s}")
    void heartbeat() {
        synchronized (publishing) {
            if (sequence > 0 && hazelcast.getLifecycleService().isRunning()) {
                topic.publish(new LiveEnvelope(localMember, sequence, Instant.now(), new ControlEvents.Heartbeat()));
            }
        }
    }

    /** Registers a local subscriber; call the returned handle's {@code run} to unsubscribe. */
    public Runnable subscribe(Consumer<LiveSignal> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Registers a subscriber told before every other: for a node-local copy of a snapshot part,
     * which must be dropped before any view or builder hears of the change and reads it.
     */
    public Runnable subscribeFirst(Consumer<LiveSignal> subscriber) {
        subscribers.addFirst(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    private void received(Message<LiveEnvelope> message) {
        LiveEnvelope envelope = message.getMessageObject();
        boolean heartbeat = envelope.event() instanceof ControlEvents.Heartbeat;
        // One event thread per topic delivers in order, so read-then-merge is not racing itself.
        Long known = lastSequence.get(envelope.origin());
        lastSequence.merge(envelope.origin(), envelope.sequence(), Math::max);
        boolean gap = known != null && (heartbeat ? known < envelope.sequence() : envelope.sequence() > known + 1);
        if (gap) {
            log.warn("Live events lost from {}: knew {}, now at {}", envelope.origin(), known, envelope.sequence());
            deliver(new LiveSignal.Resync("gap in events of " + envelope.origin()));
        }
        if (envelope.event() instanceof ControlEvents.SnapshotRepaired repaired) {
            deliver(new LiveSignal.Resync(repaired.reason()));
        } else if (!heartbeat) {
            deliver(new LiveSignal.Arrived(envelope));
        }
    }

    private void deliver(LiveSignal signal) {
        for (Consumer<LiveSignal> subscriber : subscribers) {
            try {
                subscriber.accept(signal);
            } catch (RuntimeException e) {
                log.warn("A live subscriber failed on {}", signal, e);
            }
        }
    }
}
