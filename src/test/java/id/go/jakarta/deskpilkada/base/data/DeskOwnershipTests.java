package id.go.jakarta.deskpilkada.base.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each desk's periodic rounds run on one node of the cluster, and the desks spread over the nodes. */
class DeskOwnershipTests {

    @Test
    void every_desk_of_the_2024_set_has_its_rounds_on_exactly_one_of_two_nodes_and_both_nodes_get_some()
            throws Exception {
        String cluster = "desk-ownership-test-" + UUID.randomUUID();
        int first = freePort();
        int second = freePort();
        HazelcastInstance a = Hazelcast.newHazelcastInstance(member(cluster, first, first, second));
        HazelcastInstance b = Hazelcast.newHazelcastInstance(member(cluster, second, first, second));
        try {
            long until = System.nanoTime() + 60_000_000_000L;
            while ((a.getCluster().getMembers().size() < 2
                            || !a.getPartitionService().isClusterSafe())
                    && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(a.getCluster().getMembers()).hasSize(2);
            DeskOwnership onA = new DeskOwnership(a);
            DeskOwnership onB = new DeskOwnership(b);
            int ownedByA = 0;
            for (long desk = 1; desk <= 547; desk++) {
                boolean hereA = onA.ownsHere(desk);
                assertThat(hereA ^ onB.ownsHere(desk)).as("desk %d", desk).isTrue();
                ownedByA += hereA ? 1 : 0;
            }
            assertThat(ownedByA).isBetween(100, 447);
        } finally {
            b.shutdown();
            a.shutdown();
        }
    }

    private static Config member(String cluster, int port, int... members) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        for (int m : members) {
            join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + m);
        }
        return config;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
