package id.go.jakarta.deskpilkada;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several application nodes in this JVM: each a full Spring context with its own Hazelcast member
 * on 127.0.0.1, one cluster name nobody else uses, one shared in-memory database.
 */
public final class TestNodes implements AutoCloseable {

    private static final java.util.Random RANDOM = new java.security.SecureRandom();
    /** Ports handed out in this JVM: two nodes asked for ports one after the other once got the same. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    public TestNodes(int count, String... extraProperties) {
        String cluster = "desk-it-" + UUID.randomUUID();
        String database = "jdbc:h2:mem:" + cluster + ";DB_CLOSE_DELAY=-1";
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(freePort());
        }
        String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        for (int port : ports) {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("desk.cluster.name", cluster);
            settings.put("desk.cluster.port", String.valueOf(port));
            settings.put("desk.cluster.members", members);
            settings.put("spring.datasource.url", database);
            settings.put("server.port", "0");
            for (String extra : extraProperties) {
                String[] kv = extra.split("=", 2);
                settings.put(kv[0], kv[1]);
            }
            // Command-line arguments win over the test profile's own settings (each given once:
            // a repeated argument would be joined with a comma).
            try {
                nodes.add(new SpringApplicationBuilder(Application.class)
                        .profiles("test")
                        .run(settings.entrySet().stream()
                                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                                .toArray(String[]::new)));
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
    }

    public ConfigurableApplicationContext node(int index) {
        return nodes.get(index);
    }

    @Override
    public void close() {
        nodes.reversed().forEach(ConfigurableApplicationContext::close);
    }

    /**
     * A free port on 127.0.0.1 below Linux's ephemeral range (32768+), so neither an outgoing
     * connection nor a server on port 0 can take it between now and its use, and never one this JVM
     * handed out before (a port is only checked free, not held, until its node binds it).
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + RANDOM.nextInt(12_000);
            if (!HANDED_OUT.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000 on 127.0.0.1");
    }
}
