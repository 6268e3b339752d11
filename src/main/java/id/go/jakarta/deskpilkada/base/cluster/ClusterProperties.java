package id.go.jakarta.deskpilkada.base.cluster;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Embedded Hazelcast settings ({@code desk.cluster.*}). Members find each other only through
 * the listed addresses: no multicast, no cloud discovery, no phone-home.
 *
 * @param name          cluster name; nodes with another name never join
 * @param port          the member port
 * @param members       addresses of the members ("127.0.0.1:5701"), this node may be among them;
 *                      none: a node of its own
 * @param bindInterface the interface to bind to, e.g. 127.0.0.1 (empty: let Hazelcast choose)
 * @param heartbeatSeconds how often members tell each other they live
 * @param maxNoHeartbeatSeconds after how long a silent member is removed from the cluster
 * @param route         this node's name in its session ids ("a" gives "…&#46;a"), so a proxy in
 *                      front of several nodes can send each browser back to its node (empty: none)
 */
@ConfigurationProperties("desk.cluster")
public record ClusterProperties(
        @DefaultValue("desk-pilkada") String name,
        @DefaultValue("5701") int port,
        @DefaultValue("127.0.0.1:5701") List<String> members,
        @DefaultValue("127.0.0.1") String bindInterface,
        @DefaultValue("2") int heartbeatSeconds,
        @DefaultValue("10") int maxNoHeartbeatSeconds,
        @DefaultValue("") String route) {}
