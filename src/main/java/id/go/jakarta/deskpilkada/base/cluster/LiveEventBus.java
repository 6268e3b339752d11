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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's end of the cluster topic. {@link #publish} sends an event to every node (this one
 * included); each node hands what arrives to its local subscribers. A gap in a sender's sequence
 * numbers, or a member joining or leaving, becomes a {@link LiveSignal.Resync} so views reload.
 */
@Component
public class LiveEventBus {

    private static final Logger log = LoggerFactory.getLogger(LiveEventBus.class);

    private final HazelcastInstance hazelcast;
    private final List<Consumer<LiveSignal>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<UUID, Long> lastSequence = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ITopic<LiveEnvelope> topic;
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
                deliver(new LiveSignal.Resync("member joined " + event.getMember().getAddress()));
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

    /** Sends a committed event to all nodes. Called by the relay only. */
    void publish(LiveEvent event) {
        topic.publish(new LiveEnvelope(localMember, sequence.incrementAndGet(), Instant.now(), event));
    }

    /** Registers a local subscriber; call the returned handle's {@code run} to unsubscribe. */
    public Runnable subscribe(Consumer<LiveSignal> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    private void received(Message<LiveEnvelope> message) {
        LiveEnvelope envelope = message.getMessageObject();
        Long previous = lastSequence.put(envelope.origin(), envelope.sequence());
        if (previous != null && envelope.sequence() != previous + 1) {
            log.warn("Live events lost from {}: expected {}, got {}", envelope.origin(), previous + 1,
                    envelope.sequence());
            deliver(new LiveSignal.Resync("gap in events of " + envelope.origin()));
        }
        deliver(new LiveSignal.Arrived(envelope));
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
