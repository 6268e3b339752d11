package id.go.jakarta.deskpilkada.base.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of this node's cluster membership: the member runs and sees the members listed
 * here; the number of local live subscribers (open screens) is reported alongside.
 */
@Component("cluster")
class ClusterHealthIndicator implements HealthIndicator {

    private final HazelcastInstance hazelcast;
    private final LiveEventBus bus;

    ClusterHealthIndicator(HazelcastInstance hazelcast, LiveEventBus bus) {
        this.hazelcast = hazelcast;
        this.bus = bus;
    }

    @Override
    public Health health() {
        if (!hazelcast.getLifecycleService().isRunning()) {
            return Health.down()
                    .withDetail("reason", "Hazelcast member is not running")
                    .build();
        }
        List<String> members = hazelcast.getCluster().getMembers().stream()
                .map(Member::getAddress)
                .map(Object::toString)
                .toList();
        return Health.up()
                .withDetail("clusterName", hazelcast.getConfig().getClusterName())
                .withDetail("membersSeen", members.size())
                .withDetail("members", members)
                .withDetail("liveSubscribers", bus.subscriberCount())
                .build();
    }
}
