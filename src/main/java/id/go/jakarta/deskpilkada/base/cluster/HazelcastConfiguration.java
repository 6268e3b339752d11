package id.go.jakarta.deskpilkada.base.cluster;

import com.hazelcast.config.AdvancedNetworkConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NearCacheConfig;
import com.hazelcast.config.ServerSocketEndpointConfig;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the embedded member's configuration from {@link ClusterProperties}; Boot starts it.
 * Hazelcast Community has no member authentication or TLS, so the member port is kept as narrow
 * as the open-source edition allows: members only (no client endpoint), loopback by default, and
 * Java deserialization limited to this application's classes and the JDK's.
 */
@Configuration(proxyBeanMethods = false)
class HazelcastConfiguration {

    static final String LIVE_TOPIC = "desk-live-events";

    @Bean
    Config hazelcastConfig(ClusterProperties props) {
        Config config = new Config();
        config.setClusterName(props.name());
        config.setInstanceName(props.name() + "-" + props.port() + "-" + System.nanoTime());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // Spring closes the member in order; Hazelcast's own hook would race it on shutdown.
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // A member alone on TCP-IP otherwise waits 5 s before it calls itself master.
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.heartbeat.interval.seconds", String.valueOf(props.heartbeatSeconds()));
        config.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(props.maxNoHeartbeatSeconds()));

        // Advanced networking with only a member endpoint: Hazelcast clients cannot connect at all.
        AdvancedNetworkConfig network = config.getAdvancedNetworkConfig().setEnabled(true);
        ServerSocketEndpointConfig member = new ServerSocketEndpointConfig();
        member.setPort(props.port()).setPortAutoIncrement(false);
        if (!props.bindInterface().isBlank()) {
            member.getInterfaces().setEnabled(true).addInterface(props.bindInterface());
        }
        network.setMemberEndpointConfig(member);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        // No members listed: a node of its own (tests, a single-node install).
        List<String> members =
                props.members().stream().filter(m -> !m.isBlank()).toList();
        join.getTcpIpConfig().setEnabled(!members.isEmpty()).setMembers(members);

        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig();
        filter.getWhitelist().addPrefixes("id.go.jakarta.deskpilkada.", "java.", "com.hazelcast.");
        config.getSerializationConfig().setJavaSerializationFilterConfig(filter);

        config.getJetConfig().setEnabled(false);
        config.getMapConfig(LiveSnapshots.MAP_PREFIX + "*").setBackupCount(1).setReadBackupData(true);
        // Checked on every request and by every wall screen for every picture: read from a near
        // cache that the owner invalidates on change, also for the entries this member owns (else
        // each check waits for a partition thread: 1000 screens made a picture's fan-out wait).
        config.getMapConfig(AccountGuard.REVOCATIONS)
                .setBackupCount(1)
                .setNearCacheConfig(
                        new NearCacheConfig().setInvalidateOnChange(true).setCacheLocalEntries(true));
        return config;
    }
}
