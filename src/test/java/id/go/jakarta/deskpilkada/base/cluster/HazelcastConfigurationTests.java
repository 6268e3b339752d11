package id.go.jakarta.deskpilkada.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.ServerSocketEndpointConfig;
import com.hazelcast.instance.EndpointQualifier;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The member the application starts with its shipped settings: a cluster name of its own (not
 * Hazelcast's "dev"), bound to one interface, joining only listed members, never calling home, and
 * with no endpoint for Hazelcast clients.
 */
class HazelcastConfigurationTests {

    @Test
    void the_shipped_settings_give_a_member_with_its_own_name_bound_to_loopback_that_looks_for_nobody()
            throws IOException {
        Config config = new HazelcastConfiguration().hazelcastConfig(shipped());

        assertThat(config.getClusterName()).isEqualTo("desk-pilkada").isNotEqualTo(new Config().getClusterName());
        assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        var network = config.getAdvancedNetworkConfig();
        assertThat(network.isEnabled()).isTrue();
        assertThat(network.getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(network.getJoin().getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(network.getJoin().getTcpIpConfig().getMembers()).containsExactly("127.0.0.1:5701");
        ServerSocketEndpointConfig member =
                (ServerSocketEndpointConfig) network.getEndpointConfigs().get(EndpointQualifier.MEMBER);
        assertThat(member.getPort()).isEqualTo(5701);
        assertThat(member.isPortAutoIncrement()).isFalse();
        assertThat(member.getInterfaces().isEnabled()).isTrue();
        assertThat(member.getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
        assertThat(network.getEndpointConfigs()).doesNotContainKey(EndpointQualifier.CLIENT);
        assertThat(config.getSerializationConfig()
                        .getJavaSerializationFilterConfig()
                        .getWhitelist()
                        .getPrefixes())
                .contains("id.go.jakarta.deskpilkada.");
    }

    @Test
    void without_any_setting_the_defaults_are_the_same_safe_ones() {
        ClusterProperties defaults =
                new Binder(new MapConfigurationPropertySource()).bindOrCreate("desk.cluster", ClusterProperties.class);
        Config config = new HazelcastConfiguration().hazelcastConfig(defaults);
        assertThat(config.getClusterName()).isEqualTo("desk-pilkada");
        assertThat(defaults.bindInterface()).isEqualTo("127.0.0.1");
        assertThat(config.getAdvancedNetworkConfig()
                        .getJoin()
                        .getMulticastConfig()
                        .isEnabled())
                .isFalse();
    }

    /** {@code desk.cluster.*} as application.properties ships them. */
    private static ClusterProperties shipped() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HazelcastConfigurationTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("desk.cluster.name")).isNotBlank();
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("desk.cluster", ClusterProperties.class);
    }
}
