package id.go.jakarta.deskpilkada.load;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import id.go.jakarta.deskpilkada.situation.WallReplica;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Protocol-level load client (a benchmark: it prints numbers, it is not a test). It opens N real
 * Vaadin wall UIs the way a browser does (device cookie, page load, {@code v-r=init}, the
 * navigation event, the push WebSocket with the Atmosphere protocol), keeps them connected and
 * records every pushed update; it fires events through the HTTP API of another node and measures
 * commit-on-node-A to push-received latency per UI from the picture's {@code newestEventAt}. It
 * also measures the raw floor (a bare Hazelcast topic hop between two members in this process and
 * a bare loopback WebSocket echo), the intake API under a fixed rate, and the nodes' live heap
 * (after a full GC) and CPU through JMX. Run by {@code bench/load.sh}, which starts the nodes.
 *
 * <p>Arguments are {@code key=value}: {@code phases=floor,walls,intake}, {@code walls=http://…}
 * (node B, the walls), {@code api=http://…} (node A, the events), {@code credentials=<file>},
 * {@code jmxWalls=<port>}, {@code jmxApi=<port>}, {@code uis=1000}, {@code rate=10},
 * {@code seconds=30}, {@code warmSeconds=30} (events before the measured phase), {@code openParallel=16}, {@code intakeRate=500}, {@code intakeSeconds=30},
 * {@code intakeWarmMinSeconds=30}, {@code intakeWarmMaxSeconds=300}, {@code jitQuietMs=200} (the intake's warm-up at the offered rate ends once the node's JIT compiled less than that in 10 s), {@code intake=http://…} (node for the intake phase), {@code jmxIntake=<port>}, {@code warmUis=20}
 * (walls opened before the heap is first measured), {@code followEvery=50} (every n-th wall keeps
 * the picture as the browser does, applying each patch, and counts an error for a patch that does
 * not fit; the node-kill campaign's walls all do). Phase {@code kill}: {@link NodeKillCampaign}.
 */
public final class LoadClient {

    private static final JsonMapper UIDL_JSON = JsonMapper.builder().build();

    static final Map<String, String> ARGS = new LinkedHashMap<>();
    static final Map<String, Object> RESULT = new LinkedHashMap<>();

    private LoadClient() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            // The sockets' threads would keep the JVM (and the script waiting on it, and the
            // nodes it started) alive after a failure.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        for (String a : args) {
            int eq = a.indexOf('=');
            ARGS.put(a.substring(0, eq), a.substring(eq + 1));
        }
        List<String> phases = Arrays.asList(arg("phases", "floor,walls").split(","));
        RESULT.put("machineCpus", Runtime.getRuntime().availableProcessors());
        RESULT.put(
                "machineLoadAverage1m",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (phases.contains("floor")) {
            floor();
        }
        if (phases.contains("walls")) {
            walls();
        }
        if (phases.contains("intake")) {
            intake();
        }
        if (phases.contains("serentak")) {
            SerentakPhase.run();
        }
        if (phases.contains("kill")) {
            Wall.followEvery = 1;
            NodeKillCampaign.run();
        }
        StringBuilder json = new StringBuilder("{");
        RESULT.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v instanceof String s && !s.startsWith("{") ? '"' + s + '"' : String.valueOf(v)));
        System.out.println("RESULT " + json.append('}'));
    }

    static String arg(String key, String fallback) {
        return ARGS.getOrDefault(key, fallback);
    }

    static int intArg(String key, int fallback) {
        return Integer.parseInt(arg(key, String.valueOf(fallback)));
    }

    static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }

    // ---------------------------------------------------------------- the raw floor

    /** A message about the size of a cluster event envelope. */
    record Hop(long sentNanos, byte[] payload) implements Serializable {}

    private static void floor() throws Exception {
        int samples = intArg("floorSamples", 1000);
        int floorRate = intArg("floorRate", 200);
        // Two Hazelcast members in this process, their own cluster name and ports, loopback only.
        System.setProperty("hazelcast.phone.home.enabled", "false");
        System.setProperty("hazelcast.logging.type", "none");
        String cluster = "load-floor-" + ProcessHandle.current().pid();
        int port = intArg("floorHazelcastPort", 18790);
        HazelcastInstance a = Hazelcast.newHazelcastInstance(member(cluster, port));
        HazelcastInstance b = Hazelcast.newHazelcastInstance(member(cluster, port));
        try {
            Stats hop = new Stats();
            ITopic<Hop> topicB = b.getTopic("floor");
            AtomicInteger received = new AtomicInteger();
            topicB.addMessageListener(m -> {
                hop.add((System.nanoTime() - m.getMessageObject().sentNanos()) / 1000);
                received.incrementAndGet();
            });
            ITopic<Hop> topicA = a.getTopic("floor");
            byte[] payload = new byte[200];
            for (int i = 0; i < 100; i++) {
                topicA.publish(new Hop(System.nanoTime(), payload)); // warm-up
            }
            Thread.sleep(500);
            hop.clear();
            received.set(0);
            paced(samples, floorRate, i -> topicA.publish(new Hop(System.nanoTime(), payload)));
            Thread.sleep(500);
            print("floor.hazelcastHop (A->B topic, 200 B, " + floorRate + "/s) " + hop.summary("ms"));
            RESULT.put("floorHazelcastHop", hop.json());
        } finally {
            b.shutdown();
            a.shutdown();
        }
        Stats echo = echoFloor(samples, floorRate, intArg("floorEchoBytes", 16 * 1024));
        print("floor.webSocketEcho (loopback round trip, " + intArg("floorEchoBytes", 16 * 1024) + " B) "
                + echo.summary("ms"));
        RESULT.put("floorWebSocketEcho", echo.json());
    }

    private static Config member(String cluster, int port) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(true);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port).addMember("127.0.0.1:" + (port + 1));
        return config;
    }

    interface Step {
        void run(int i) throws Exception;
    }

    /** Runs {@code count} steps at a fixed rate (open loop). */
    static void paced(int count, int perSecond, Step step) throws Exception {
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            step.run(i);
        }
    }

    /** A bare WebSocket echo server on loopback (RFC 6455, no extensions) and the JDK client. */
    private static Stats echoFloor(int samples, int rate, int bytes) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread.ofVirtual().start(() -> echoConnection(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
        HttpClient client = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        Stats rtt = new Stats();
        ConcurrentLinkedQueue<CompletableFuture<Long>> waiting = new ConcurrentLinkedQueue<>();
        WebSocket ws = client.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/"), new WebSocket.Listener() {
                    final StringBuilder buf = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        buf.append(data);
                        if (last) {
                            long sent = Long.parseLong(buf.substring(0, buf.indexOf(" ")));
                            buf.setLength(0);
                            rtt.add((System.nanoTime() - sent) / 1000);
                            CompletableFuture<Long> f = waiting.poll();
                            if (f != null) {
                                f.complete(sent);
                            }
                        }
                        w.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        String padding = "x".repeat(bytes);
        Semaphore one = new Semaphore(1);
        for (int round = 0; round < 2; round++) {
            rtt.clear();
            paced(round == 0 ? 100 : samples, rate, i -> {
                one.acquire();
                CompletableFuture<Long> f = new CompletableFuture<>();
                waiting.add(f);
                ws.sendText(System.nanoTime() + " " + padding, true).join();
                f.get(10, TimeUnit.SECONDS);
                one.release();
            });
        }
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        server.close();
        return rtt;
    }

    private static void echoConnection(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                head.append((char) c);
            }
            Matcher key = Pattern.compile("(?i)Sec-WebSocket-Key:\\s*(\\S+)").matcher(head);
            if (!key.find()) {
                return;
            }
            String accept = Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1")
                            .digest((key.group(1) + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                                    .getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (true) {
                int b0 = in.read();
                int b1 = in.read();
                if (b0 < 0 || b1 < 0) {
                    return;
                }
                long len = b1 & 0x7f;
                if (len == 126) {
                    len = (in.read() << 8) | in.read();
                } else if (len == 127) {
                    len = 0;
                    for (int i = 0; i < 8; i++) {
                        len = (len << 8) | in.read();
                    }
                }
                byte[] mask = (b1 & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
                byte[] payload = in.readNBytes((int) len);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i % 4];
                }
                int opcode = b0 & 0x0f;
                if (opcode == 8) {
                    out.write(new byte[] {(byte) 0x88, 0});
                    out.flush();
                    return;
                }
                int replyHead = opcode == 9 ? (0x80 | 10) : b0; // ping -> pong, else echo the frame
                out.write(replyHead);
                if (payload.length < 126) {
                    out.write(payload.length);
                } else if (payload.length < 65536) {
                    out.write(126);
                    out.write(payload.length >> 8);
                    out.write(payload.length & 0xff);
                } else {
                    out.write(127);
                    for (int i = 7; i >= 0; i--) {
                        out.write((int) ((long) payload.length >> (8 * i)) & 0xff);
                    }
                }
                out.write(payload);
                out.flush();
            }
        } catch (Exception e) {
            // connection ended
        }
    }

    // ---------------------------------------------------------------- walls

    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=1080&v-ww=1920&v-bh=1080&v-bw=1920"
            + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FJakarta&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=&v-pv=visible&v-fs=false&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ws=false";
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern HEARTBEAT = Pattern.compile("\"heartbeatInterval\":(\\d+)");

    static volatile boolean measuring;
    /** Commit of the newest event in a picture to the picture received. */
    static final Stats PUSH_LATENCY = new Stats();
    /**
     * Commit of the oldest event new in a picture to the picture received: the event that waited
     * longest for it, so every event shown is at most this late (the headline number).
     */
    static final Stats OLDEST_LATENCY = new Stats();
    /** From the newest event's commit to the start of the picture's build (waiting, coalescing). */
    static final Stats BUILD_START = new Stats();
    /** From the start of the build to the push received (build, fan-out, network, client). */
    static final Stats DELIVERY = new Stats();
    /** The oldest event's latency by the second it was received in (where in the phase the tail is). */
    static final Map<Long, Stats> LATENCY_BY_SECOND = new java.util.concurrent.ConcurrentSkipListMap<>();

    static final AtomicLong MESSAGES = new AtomicLong();
    static final AtomicLong MESSAGE_CHARS = new AtomicLong();
    static final AtomicLong PICTURES = new AtomicLong();
    static final AtomicLong WS_ERRORS = new AtomicLong();
    static final AtomicLong WS_CLOSED = new AtomicLong();
    static final AtomicLong HEARTBEAT_ERRORS = new AtomicLong();
    /** Patches a following wall got for another picture than the one it held (must stay 0). */
    static final AtomicLong PATCH_MISFITS = new AtomicLong();

    static final ConcurrentLinkedQueue<String> ERROR_SAMPLES = new ConcurrentLinkedQueue<>();

    static void error(String what) {
        if (ERROR_SAMPLES.size() < 10) {
            ERROR_SAMPLES.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
    }

    static Properties credentials() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(Path.of(arg("credentials", "bench-credentials.properties")))) {
            p.load(in);
        }
        return p;
    }

    static HttpClient[] clients(int count) {
        HttpClient[] clients = new HttpClient[count];
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < count; i++) {
            clients[i] = HttpClient.newBuilder()
                    .executor(executor)
                    .connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return clients;
    }

    private static void walls() throws Exception {
        Properties creds = credentials();
        String wallsBase = arg("walls", "http://127.0.0.1:18480");
        String apiBase = arg("api", wallsBase);
        int uis = intArg("uis", 100);
        int rate = intArg("rate", 10);
        int seconds = intArg("seconds", 30);
        int parallel = intArg("openParallel", 16);
        HttpClient[] clients = clients(intArg("clients", 1));
        Jmx wallsJmx = Jmx.connect(arg("jmxWalls", ""));
        Jmx apiJmx = arg("jmxApi", "").equals(arg("jmxWalls", "")) ? wallsJmx : Jmx.connect(arg("jmxApi", ""));
        RESULT.put("uisRequested", uis);

        ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
        // Warm-up walls, open before the heap is measured and not counted in the per-UI figure: the
        // first screens pay once for what every later one shares (classes, caches, the picture).
        int warm = intArg("warmUis", 20);
        List<Wall> warmWalls = new ArrayList<>();
        for (int i = 0; i < warm; i++) {
            Wall wall = new Wall(clients[i % clients.length], wallsBase, creds.getProperty("screenToken"), timers);
            wall.open();
            warmWalls.add(wall);
        }
        long heapBefore = wallsJmx.liveHeapBytes();
        print(String.format(
                Locale.ROOT,
                "walls node live heap before: %.1f MB (after full GC, %d warm-up walls open)",
                heapBefore / 1e6,
                warm));
        RESULT.put("warmUpUis", warm);
        Stats openTime = new Stats();
        long openStart = System.nanoTime();
        Opened opened =
                openWalls(clients, wallsBase, creds.getProperty("screenToken"), timers, uis, parallel, openTime);
        List<Wall> open = opened.walls();
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        // Every UI must have its first picture by push before it counts as open.
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (open.stream().anyMatch(w -> w.pictures.get() == 0) && System.nanoTime() < waitUntil) {
            Thread.sleep(200);
        }
        long withPicture = open.stream().filter(w -> w.pictures.get() > 0).count();
        print(String.format(
                Locale.ROOT,
                "opened %d UIs in %.1f s (%d failed), %d with their first picture by push; " + "open time per UI %s",
                open.size(),
                openSeconds,
                opened.failed(),
                withPicture,
                openTime.summary("ms")));
        Thread.sleep(3000);
        long heapAfter = wallsJmx.liveHeapBytes();
        double perUi = (heapAfter - heapBefore) / 1024.0 / Math.max(1, open.size());
        print(String.format(
                Locale.ROOT, "walls node live heap after: %.1f MB -> %.1f KB per open UI", heapAfter / 1e6, perUi));
        RESULT.put("uisOpen", open.size());
        RESULT.put("uisOpenFailed", opened.failed());
        RESULT.put("uisWithFirstPicture", withPicture);
        RESULT.put("openSeconds", round(openSeconds));
        RESULT.put("heapBeforeMb", round(heapBefore / 1e6));
        RESULT.put("heapAfterMb", round(heapAfter / 1e6));
        RESULT.put("heapPerUiKb", round(perUi));

        // Events on node A at a fixed rate, pushes measured on node B.
        String device = creds.getProperty("deviceId");
        String apiToken = creds.getProperty("apiToken");
        Stats apiLatency = new Stats();
        AtomicInteger apiErrors = new AtomicInteger();
        HttpClient api = clients[0];
        // Warm-up, not measured: warmSeconds (30) of the same events. Right after the screens open,
        // the walls node is still compiling (JIT) the build, patch and push paths: with ten
        // pictures a second its hand-over of a picture to 1000 screens took 300 ms at the start of
        // the warm-up and came down to about 40 ms only after 20 s (a debug log of the builder),
        // and with a 10 s warm-up the first 5-10 s of the phase had p99 200-340 ms.
        int warmEvents = rate * intArg("warmSeconds", 30);
        List<CompletableFuture<?>> warmFlight = new ArrayList<>();
        paced(
                warmEvents,
                rate,
                i -> warmFlight.add(api.sendAsync(
                        statusReport(apiBase, device, apiToken, i), HttpResponse.BodyHandlers.discarding())));
        CompletableFuture.allOf(warmFlight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        Thread.sleep(1000);
        RESULT.put("warmEvents", warmEvents);
        long messagesBefore = MESSAGES.get();
        long picturesBefore = PICTURES.get();
        long charsBefore = MESSAGE_CHARS.get();
        Cpu cpuWalls = wallsJmx.cpu();
        Cpu cpuApi = apiJmx == wallsJmx ? null : apiJmx.cpu();
        Cpu cpuClient = Cpu.self();
        measuring = true;
        long phaseStart = System.nanoTime();
        int events = rate * seconds;
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        paced(events, rate, i -> {
            long t0 = System.nanoTime();
            inFlight.add(api.sendAsync(
                            statusReport(apiBase, device, apiToken, i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        apiLatency.add((System.nanoTime() - t0) / 1000);
                        if (e != null || r.statusCode() / 100 != 2) {
                            apiErrors.incrementAndGet();
                            error("event: " + (e != null ? e : r.statusCode()));
                        }
                    }));
        });
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        Thread.sleep(2000); // the last picture reaches every screen
        measuring = false;
        double phaseSeconds = (System.nanoTime() - phaseStart) / 1e9;
        double wallsCpu = cpuWalls.coresUsedSince();
        double clientCpu = cpuClient.coresUsedSince();
        long openAtEnd = open.stream().filter(w -> w.connected).count();
        long pictures = PICTURES.get() - picturesBefore;
        print(String.format(
                Locale.ROOT,
                "events: %d sent at %d/s to %s (%d failed), API latency %s",
                events,
                rate,
                apiBase,
                apiErrors.get(),
                apiLatency.summary("ms")));
        print(String.format(
                Locale.ROOT,
                "push: %d messages (%d pictures, %.1f per UI, %.1f MB) in %.0f s; "
                        + "UIs still connected %d/%d; websocket errors %d, closed %d",
                MESSAGES.get() - messagesBefore,
                pictures,
                pictures / (double) Math.max(1, open.size()),
                (MESSAGE_CHARS.get() - charsBefore) / 1e6,
                phaseSeconds,
                openAtEnd,
                open.size(),
                WS_ERRORS.get(),
                WS_CLOSED.get()));
        List<Wall> following = open.stream().filter(w -> w.follows).toList();
        long fullPictures =
                following.stream().filter(w -> !w.picture().isEmpty()).count();
        print(String.format(
                Locale.ROOT,
                "walls following their picture by the patches: %d (%d with a picture), "
                        + "patches that did not fit the picture held: %d",
                following.size(),
                fullPictures,
                PATCH_MISFITS.get()));
        RESULT.put("wallsFollowing", following.size());
        RESULT.put("patchMisfits", PATCH_MISFITS.get());
        print("latency commit(node A) -> push received (node B), per UI and picture, the event that waited longest: "
                + OLDEST_LATENCY.summary("ms"));
        print("latency commit(node A) -> push received (node B), per UI and picture, the newest event: "
                + PUSH_LATENCY.summary("ms"));
        print("  of which commit -> picture build starts: " + BUILD_START.summary("ms"));
        print("  of which build start -> push received:   " + DELIVERY.summary("ms"));
        print("  p99 by second of the phase (ms):" + Stats.p99s(LATENCY_BY_SECOND));
        print(String.format(
                Locale.ROOT,
                "cpu: walls node %.2f cores%s, load client %.2f cores (of %d); machine load %.2f",
                wallsCpu,
                cpuApi == null ? "" : String.format(Locale.ROOT, ", api node %.2f cores", cpuApi.coresUsedSince()),
                clientCpu,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        RESULT.put("events", events);
        RESULT.put("eventRate", rate);
        RESULT.put("eventErrors", apiErrors.get());
        RESULT.put("apiLatency", apiLatency.json());
        RESULT.put("pushMessages", MESSAGES.get() - messagesBefore);
        RESULT.put("pictures", pictures);
        RESULT.put("uisConnectedAtEnd", openAtEnd);
        RESULT.put("wsErrors", WS_ERRORS.get());
        RESULT.put("wsClosed", WS_CLOSED.get());
        RESULT.put("heartbeatErrors", HEARTBEAT_ERRORS.get());
        RESULT.put("pushLatencyOldestEvent", OLDEST_LATENCY.json());
        RESULT.put("pushLatency", PUSH_LATENCY.json());
        RESULT.put("commitToBuildStart", BUILD_START.json());
        RESULT.put("buildStartToPushReceived", DELIVERY.json());
        RESULT.put("cpuWallsNodeCores", round(wallsCpu));
        if (cpuApi != null) {
            RESULT.put("cpuApiNodeCores", round(cpuApi.coresUsedSince()));
        }
        RESULT.put("cpuClientCores", round(clientCpu));
        if (!ERROR_SAMPLES.isEmpty()) {
            print("error samples: " + ERROR_SAMPLES);
        }
        for (Wall w : open) {
            w.close();
        }
        warmWalls.forEach(Wall::close);
        timers.shutdownNow();
    }

    /** The walls that opened (in no particular order) and how many could not. */
    record Opened(List<Wall> walls, int failed) {}

    /**
     * Opens {@code count} walls, {@code parallel} at a time, on virtual threads (each its own session,
     * spread over the clients); a failure is counted and sampled, not thrown.
     */
    static Opened openWalls(
            HttpClient[] clients,
            String base,
            String screenToken,
            ScheduledExecutorService timers,
            int count,
            int parallel,
            Stats openTime)
            throws InterruptedException {
        return openWalls(
                i -> new Wall(clients[i % clients.length], base, screenToken, timers), count, parallel, openTime);
    }

    /** As the method above, with wall i made by {@code wallOf}. */
    static Opened openWalls(java.util.function.IntFunction<Wall> wallOf, int count, int parallel, Stats openTime)
            throws InterruptedException {
        List<Wall> open = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        Semaphore gate = new Semaphore(parallel);
        CountDownLatch done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            gate.acquire();
            Wall wall = wallOf.apply(i);
            Thread.ofVirtual().start(() -> {
                long t0 = System.nanoTime();
                try {
                    wall.open();
                    openTime.add((System.nanoTime() - t0) / 1000);
                    synchronized (open) {
                        open.add(wall);
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    error("open: " + e);
                } finally {
                    gate.release();
                    done.countDown();
                }
            });
            if ((i + 1) % 500 == 0) {
                synchronized (open) {
                    print("  opening: " + (i + 1) + " started, " + open.size() + " open");
                }
            }
        }
        done.await();
        synchronized (open) {
            return new Opened(List.copyOf(open), failed.get());
        }
    }

    /** An issue filing through the API, as an integration client sends it. */
    static HttpRequest issuePost(String base, String token, String idempotencyKey, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/issues"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** One wall screen: its own session (cookie), UI and push connection. */
    static final class Wall implements WebSocket.Listener {

        private final HttpClient client;
        private final String base;
        private final String screenToken;
        private final ScheduledExecutorService timers;
        private final StringBuilder buffer = new StringBuilder();
        final AtomicLong pictures = new AtomicLong();
        private volatile String session = "";
        private volatile WebSocket socket;
        private volatile boolean closing;
        volatile boolean connected;
        /** Told once when the push connection drops without {@link #close()} (a node died). */
        volatile Runnable onLost = () -> {};
        /** The newest event time of the last picture (or patch) received. */
        volatile String lastEventAt = "";
        /** Messages with a picture or a patch not yet applied to {@link #screen}: read when asked. */
        private final List<String> unread = new ArrayList<>();

        private final WallReplica screen = new WallReplica();
        private volatile boolean anyPicture;
        private String uiId = "0";
        private boolean handshake = true;

        /**
         * Every n-th wall applies the patches it gets to the picture it holds (reading 1000 walls'
         * messages in the client took the client's CPU from under the measurement); the others
         * only time them.
         */
        static volatile int followEvery = Integer.parseInt(arg("followEvery", "50"));

        /** Told of every picture or patch a wall receives, with the picture's build time (serentak phase). */
        interface PictureSeen {
            void picture(Wall wall, String generatedAt);
        }

        static volatile PictureSeen pictureSeen;

        /** Which node and desk this wall belongs to, for the serentak phase's counts per node. */
        volatile int node;

        volatile int desk;

        private static final AtomicInteger SERIAL = new AtomicInteger();
        private final boolean follows = SERIAL.getAndIncrement() % followEvery == 0;

        Wall(HttpClient client, String base, String screenToken, ScheduledExecutorService timers) {
            this.client = client;
            this.base = base;
            this.screenToken = screenToken;
            this.timers = timers;
        }

        private String cookie() {
            return "desk-layar=" + screenToken + (session.isEmpty() ? "" : "; JSESSIONID=" + session);
        }

        /** The session id this wall's browser would still send (a reloaded page keeps its cookies). */
        Wall withSession(String id) {
            session = id;
            return this;
        }

        String session() {
            return session;
        }

        /** The node that holds this wall's session: the route after the dot of the session id. */
        String route() {
            int dot = session.lastIndexOf('.');
            return dot < 0 ? "" : session.substring(dot + 1);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(
                    request.header("Cookie", cookie())
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("set-cookie")) {
                if (set.startsWith("JSESSIONID=")) {
                    session = set.substring("JSESSIONID=".length(), set.indexOf(';'));
                }
            }
            return response;
        }

        void open() throws Exception {
            HttpResponse<String> page =
                    send(HttpRequest.newBuilder(URI.create(base + "/layar")).GET());
            if (page.statusCode() != 200 || !page.body().contains("window.Vaadin")) {
                throw new IllegalStateException("page load answered " + page.statusCode());
            }
            HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=layar&query="
                            + "&v-curdate=" + System.currentTimeMillis() + BROWSER))
                    .GET());
            String body = init.body();
            Matcher ui = UI_ID.matcher(body);
            Matcher csrf = CSRF.matcher(body);
            Matcher push = PUSH_ID.matcher(body);
            if (init.statusCode() != 200 || !ui.find() || !csrf.find() || !push.find()) {
                throw new IllegalStateException("init answered " + init.statusCode() + ": " + body);
            }
            uiId = ui.group(1);
            // The client router's first navigation: the event the browser's Flow client sends.
            String navigate = "{\"csrfToken\":\"" + csrf.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"layar\",\"query\":\"\","
                    + "\"appShellTitle\":\"Desk Pilkada\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                    + "\"syncId\":0,\"clientId\":0}";
            HttpResponse<String> nav = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)));
            if (nav.statusCode() != 200 || !nav.body().contains("desk-wall")) {
                throw new IllegalStateException("navigation answered " + nav.statusCode() + ": " + nav.body());
            }
            if (nav.body().contains("\"key\":\"model\"")) {
                keep(nav.body()); // a picture built while the page was answered lands in the answer
            }
            String ws = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                    + push.group(1) + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                    + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                    + "&Content-Type=" + URLEncoder.encode("application/json; charset=UTF-8", StandardCharsets.UTF_8)
                    + "&X-atmo-protocol=true";
            socket = client.newWebSocketBuilder()
                    .header("Cookie", cookie())
                    .header("Origin", base)
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(ws), this)
                    .get(60, TimeUnit.SECONDS);
            connected = true;
            // Vaadin's own heartbeat keeps the UI alive (closeIdleSessions): as the browser does.
            Matcher hb = HEARTBEAT.matcher(body);
            int heartbeat = hb.find() ? Integer.parseInt(hb.group(1)) : 300;
            if (heartbeat > 0) {
                timers.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.SECONDS);
            }
        }

        private void heartbeat() {
            if (closing) {
                return;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                    .header("Cookie", cookie())
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) {
                    HEARTBEAT_ERRORS.incrementAndGet();
                }
            });
        }

        void close() {
            closing = true;
            WebSocket s = socket;
            if (s != null) {
                s.abort();
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            Instant received = Instant.now();
            if (last && buffer.isEmpty()) {
                frame(data, received);
            } else {
                buffer.append(data);
                if (last) {
                    frame(buffer, received);
                    buffer.setLength(0);
                    buffer.trimToSize();
                }
            }
            webSocket.request(1);
            return null;
        }

        /** A frame holds one or more Atmosphere messages, each {@code length|text}. */
        private void frame(CharSequence frame, Instant received) {
            String text = frame.toString();
            int at = 0;
            while (at < text.length()) {
                int bar = text.indexOf('|', at);
                int length = -1;
                if (bar > at && bar - at < 10) {
                    try {
                        length = Integer.parseInt(text, at, bar, 10);
                    } catch (NumberFormatException e) {
                        length = -1;
                    }
                }
                String message;
                if (length < 0 || bar + 1 + length > text.length()) {
                    message = text.substring(at);
                    at = text.length();
                } else {
                    message = text.substring(bar + 1, bar + 1 + length);
                    at = bar + 1 + length;
                }
                message(message, received);
            }
        }

        private void message(String message, Instant received) {
            if (handshake) {
                handshake = false; // Atmosphere's first message: tracking id | heartbeat | padding
                if (!message.contains("{")) {
                    return;
                }
            }
            if (message.isBlank() || message.equals("X")) {
                return; // Atmosphere heartbeat padding
            }
            MESSAGES.incrementAndGet();
            MESSAGE_CHARS.addAndGet(message.length());
            if (!message.contains("applyPatch") && !message.contains("\"key\":\"model\"")) {
                return;
            }
            pictures.incrementAndGet();
            PICTURES.incrementAndGet();
            PictureSeen seen = pictureSeen;
            if (seen != null) {
                int gen = message.indexOf("generatedAt");
                String builtAt = gen < 0 ? null : instantAfter(message, gen + "generatedAt".length());
                if (builtAt != null) {
                    seen.picture(this, builtAt);
                }
            }
            keep(message);
            // The oldest event new in this picture (null in a refresh without events; a patch
            // carries it only when it changed).
            int oldestKey = message.indexOf("oldestEventAt");
            String oldestAt = oldestKey < 0 ? null : instantAfter(message, oldestKey + "oldestEventAt".length());
            // Parsed in the warm-up too, only recorded while measuring: else the client's own parsing
            // would be compiled (JIT) during the first seconds of the phase and show there.
            if (oldestAt != null && !lastEventAt.isEmpty()) {
                try {
                    long micros =
                            Duration.between(Instant.parse(oldestAt), received).toNanos() / 1000;
                    if (measuring) {
                        OLDEST_LATENCY.add(micros);
                        LATENCY_BY_SECOND
                                .computeIfAbsent(received.getEpochSecond(), k -> new Stats())
                                .add(micros);
                    }
                } catch (DateTimeParseException e) {
                    error("unreadable time " + oldestAt);
                }
            }
            // A patch carries newestEventAt only when it changed (not in a 30 s refresh).
            int key = message.indexOf("newestEventAt");
            if (key < 0) {
                return;
            }
            String eventAt = instantAfter(message, key + "newestEventAt".length());
            if (eventAt == null || eventAt.equals(lastEventAt)) {
                return; // no event yet, or the same events again (a periodic refresh)
            }
            boolean first = lastEventAt.isEmpty();
            lastEventAt = eventAt;
            if (!first) {
                try {
                    Instant committed = Instant.parse(eventAt);
                    long micros = Duration.between(committed, received).toNanos() / 1000;
                    if (!measuring) {
                        return;
                    }
                    PUSH_LATENCY.add(micros);
                    int gen = message.indexOf("generatedAt");
                    String builtAt = gen < 0 ? null : instantAfter(message, gen + "generatedAt".length());
                    if (builtAt != null) {
                        Instant built = Instant.parse(builtAt);
                        BUILD_START.add(Duration.between(committed, built).toNanos() / 1000);
                        DELIVERY.add(Duration.between(built, received).toNanos() / 1000);
                    }
                } catch (DateTimeParseException e) {
                    error("unreadable time " + eventAt);
                }
            }
        }

        /**
         * One push message as the browser's Vaadin client takes it: the {@code model} property
         * changes first, then the {@code applyPatch} calls in order. True if the message brought
         * a patch for another picture than the one held.
         */
        static boolean readUidl(String message, WallReplica screen) {
            int start = message.indexOf('{');
            if (start < 0) {
                return false;
            }
            JsonNode uidl;
            try (JsonParser parser = UIDL_JSON.createParser(message.substring(start))) {
                uidl = UIDL_JSON.readTree(parser);
            }
            for (JsonNode change : uidl.path("changes")) {
                if ("model".equals(change.path("key").asString(null))
                        && change.path("value").isString()) {
                    screen.model(change.get("value").asString());
                }
            }
            for (JsonNode call : uidl.path("execute")) {
                String expression = call.get(call.size() - 1).asString("");
                if (expression.contains("applyPatch")) {
                    for (int i = 0; i < call.size() - 1; i++) {
                        // The patch object; the element itself comes as {"@v-node": id}.
                        if (call.get(i).isObject() && call.get(i).has("seq")) {
                            screen.patch(call.get(i).toString());
                        }
                    }
                }
            }
            return screen.endOfMessage();
        }

        /** Whether a picture has come. */
        boolean hasPicture() {
            return anyPicture;
        }

        /**
         * The picture this wall holds, as the browser holds it: the last whole picture with every
         * patch since applied (messages are read only when asked, or when 32 wait, to spare the
         * client's CPU); empty before the first.
         */
        synchronized String picture() {
            if (!follows) {
                throw new IllegalStateException("this wall does not follow its picture (followEvery)");
            }
            for (String message : unread) {
                if (readUidl(message, screen)) {
                    PATCH_MISFITS.incrementAndGet();
                    error("a patch came for another picture than this wall holds");
                }
            }
            unread.clear();
            return screen.sequence() == 0 ? "" : screen.picture().toString();
        }

        private synchronized void keep(String message) {
            anyPicture = true;
            if (!follows) {
                return;
            }
            unread.add(message);
            if (unread.size() >= 32) {
                picture();
            }
        }

        /** The ISO instant that is the value of the key ending at {@code from} (escaped JSON inside JSON). */
        static String instantAfter(String message, int from) {
            int start = from;
            while (start < message.length() && start < from + 8 && !Character.isDigit(message.charAt(start))) {
                start++;
            }
            int end = message.indexOf('Z', start);
            if (start >= message.length() || !Character.isDigit(message.charAt(start)) || end < 0 || end - start > 40) {
                return null;
            }
            return message.substring(start, end + 1);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            connected = false;
            if (!closing) {
                WS_CLOSED.incrementAndGet();
                error("closed " + statusCode + " " + reason);
                lost();
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            connected = false;
            if (!closing) {
                WS_ERRORS.incrementAndGet();
                error("websocket: " + error);
                lost();
            }
        }

        private void lost() {
            Runnable told = onLost;
            onLost = () -> {};
            told.run();
        }
    }

    /** A camera's status report through the API, DOWN and UP in turn: one event for every wall. */
    static HttpRequest statusReport(String apiBase, String device, String apiToken, int i) {
        return HttpRequest.newBuilder(URI.create(apiBase + "/api/v1/devices/" + device + "/status"))
                .header("Authorization", "Bearer " + apiToken)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + (i % 2 == 0 ? "DOWN" : "UP") + "\"}"))
                .build();
    }

    // ---------------------------------------------------------------- intake API

    private static void intake() throws Exception {
        Properties creds = credentials();
        String base = arg("intake", arg("api", "http://127.0.0.1:18480"));
        int rate = intArg("intakeRate", 500);
        int seconds = intArg("intakeSeconds", 30);
        int maxInFlight = intArg("intakeMaxInFlight", 400);
        Jmx jmx = Jmx.connect(arg("jmxIntake", arg("jmxApi", "")));
        HttpClient client = clients(1)[0];
        String token = creds.getProperty("apiToken");
        String[] severities = {"RENDAH", "SEDANG", "TINGGI"};
        // One schedule at the offered rate from the first request to the last, as an integration
        // would send: the creations due before the measured window are the warm-up, not counted.
        // The window opens once the node is warm: a node fresh from its start spends up to a core
        // compiling (JIT) for its first one to two minutes under this load (PERFORMANCE.md, 30 Nov
        // intake), and a window opened earlier measures the compiler, not the intake. Warm means:
        // the node's JIT compiled for less than jitQuietMs in the last 10 s (its JMX), after at
        // least intakeWarmMinSeconds and at most intakeWarmMaxSeconds; without JMX, the minimum.
        int warmMin = intArg("intakeWarmMinSeconds", 30);
        int warmMax = intArg("intakeWarmMaxSeconds", 300);
        int jitQuietMs = intArg("jitQuietMs", 200);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicLong windowFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicReference<String> warmedBy = new AtomicReference<>("");
        Stats latency = new Stats();
        Map<Long, Stats> bySecond = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        Map<String, AtomicInteger> warmFailed = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger due = new AtomicInteger();
        Semaphore inFlight = new Semaphore(maxInFlight);
        Thread monitor = Thread.ofPlatform().daemon().name("intake-warm-up").start(() -> {
            try {
                long jit = jmx.compileMillis();
                for (int s = 10; s <= warmMax; s += 10) {
                    Thread.sleep(10_000);
                    long now = jmx.compileMillis();
                    long compiled = now - jit;
                    jit = now;
                    boolean quiet = compiled >= 0 && compiled < jitQuietMs;
                    print(String.format(Locale.ROOT, "  warm-up %3d s: node JIT %d ms in the last 10 s", s, compiled));
                    if (s >= warmMin && (quiet || s + 10 > warmMax)) {
                        warmedBy.set(
                                quiet
                                        ? String.format(Locale.ROOT, "%d s (JIT under %d ms per 10 s)", s, jitQuietMs)
                                        : String.format(
                                                Locale.ROOT,
                                                "%d s (the most allowed; JIT still %d ms per 10 s)",
                                                s,
                                                compiled));
                        break;
                    }
                }
            } catch (Exception e) {
                warmedBy.set(warmMin + " s (no JIT reading: " + e + ")");
                sleepQuietly(Math.max(0, warmMin * 1000L - (System.nanoTime() - start) / 1_000_000));
            }
            // the window opens at the next creation due
            windowFrom.set(System.nanoTime() + interval);
        });
        Cpu cpu = null;
        Cpu clientCpu = null;
        long jitAtWindow = 0;
        long windowEnd = Long.MAX_VALUE;
        List<CompletableFuture<?>> measured = new ArrayList<>();
        for (long i = 0; ; i++) {
            long dueAt = start + i * interval;
            long wait = dueAt - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long from = windowFrom.get();
            boolean inWindow = dueAt >= from;
            if (inWindow && windowEnd == Long.MAX_VALUE) {
                windowEnd = dueAt + seconds * 1_000_000_000L;
                cpu = jmx.cpu();
                clientCpu = Cpu.self();
                jitAtWindow = jmx.server() == null ? 0 : jmx.compileMillis();
                print("  measured window opens "
                        + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"))
                        + " (this machine's clock)");
            }
            if (dueAt >= windowEnd) {
                break;
            }
            if (inWindow) {
                due.incrementAndGet();
            }
            if (!inFlight.tryAcquire()) {
                if (inWindow) {
                    skipped.incrementAndGet(); // the server is that far behind: counted, not queued
                }
                continue;
            }
            String body = "{\"title\":\"Beban " + i + "\",\"description\":\"Uji beban intake\","
                    + "\"category\":\"POLITIK_UANG\",\"severity\":\"" + severities[(int) (i % 3)] + "\","
                    + "\"kelurahan\":\"31.71.01.1001\",\"tps\":\"" + (i % 50 + 1) + "\",\"source\":\"HOTLINE\","
                    + "\"reporter\":\"Beban\"}";
            HttpRequest post = issuePost(base, token, UUID.randomUUID().toString(), body);
            long windowStart = from;
            CompletableFuture<?> sent = client.sendAsync(post, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        inFlight.release();
                        boolean ok = e == null && r.statusCode() == 201;
                        if (!inWindow) {
                            if (!ok) {
                                String why = e != null ? e.getClass().getSimpleName() : String.valueOf(r.statusCode());
                                warmFailed
                                        .computeIfAbsent(why, k -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                            return;
                        }
                        // from the moment it was due: a slow server cannot hide its backlog
                        long micros = (System.nanoTime() - dueAt) / 1000;
                        latency.add(micros);
                        bySecond.computeIfAbsent((dueAt - windowStart) / 1_000_000_000L, k -> new Stats())
                                .add(micros);
                        if (ok) {
                            created.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            error("intake: " + (e != null ? e : r.statusCode()));
                        }
                    });
            if (inWindow) {
                measured.add(sent.handle((r, e) -> null));
            }
        }
        try {
            CompletableFuture.allOf(measured.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // counted as failed (an error answer) or missing (no answer in 60 s) below
        }
        double cores = cpu.coresUsedSince();
        long jitInWindow = jmx.server() == null ? -1 : jmx.compileMillis() - jitAtWindow;
        monitor.join();
        int answered = created.get() + failed.get();
        print(String.format(
                Locale.ROOT,
                "intake: warm-up %s at %d/s, failed in it %s; then %d issue creations due at %d/s "
                        + "for %d s on %s: %d created (%.0f/s), %d failed, %d not sent (%d in flight), %d unanswered; latency from "
                        + "due time %s; node cpu %.2f cores, node JIT %d ms, load client %.2f cores",
                warmedBy.get(),
                rate,
                warmFailed.isEmpty() ? "none" : warmFailed,
                due.get(),
                rate,
                seconds,
                base,
                created.get(),
                created.get() / (double) seconds,
                failed.get(),
                skipped.get(),
                maxInFlight,
                due.get() - skipped.get() - answered,
                latency.summary("ms"),
                cores,
                jitInWindow,
                clientCpu.coresUsedSince()));
        print("  p99 by second the creations were due (ms):" + Stats.p99s(bySecond));
        RESULT.put("intakeWarmUp", warmedBy.get());
        RESULT.put("intakeDue", due.get());
        RESULT.put("intakeRate", rate);
        RESULT.put("intakeCreated", created.get());
        RESULT.put("intakeCreatedPerSecond", round(created.get() / (double) seconds));
        RESULT.put("intakeFailed", failed.get());
        RESULT.put("intakeNotSent", skipped.get());
        RESULT.put("intakeLatency", latency.json());
        RESULT.put("intakeNodeCpuCores", round(cores));
        RESULT.put("intakeNodeJitMs", jitInWindow);
        if (!ERROR_SAMPLES.isEmpty()) {
            print("error samples: " + ERROR_SAMPLES);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- measuring

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Samples in microseconds. */
    static final class Stats {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long micros) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
        }

        synchronized void clear() {
            size = 0;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }

        /** The p99 of each second in order, in ms, each preceded by a space. */
        static String p99s(Map<Long, Stats> bySecond) {
            StringBuilder line = new StringBuilder();
            bySecond.values()
                    .forEach(second -> line.append(String.format(Locale.ROOT, " %.0f", pct(second.sorted(), 99))));
            return line.toString();
        }

        static double pct(long[] s, double p) {
            if (s.length == 0) {
                return Double.NaN;
            }
            return s[Math.min(s.length - 1, (int) Math.ceil(p / 100 * s.length) - 1)] / 1000.0;
        }

        String summary(String unit) {
            long[] s = sorted();
            return String.format(
                    Locale.ROOT,
                    "n=%d p50=%.2f p95=%.2f p99=%.2f max=%.2f %s",
                    s.length,
                    pct(s, 50),
                    pct(s, 95),
                    pct(s, 99),
                    s.length == 0 ? Double.NaN : s[s.length - 1] / 1000.0,
                    unit);
        }

        String json() {
            long[] s = sorted();
            return String.format(
                            Locale.ROOT,
                            "{\"n\":%d,\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f,\"max\":%.2f}",
                            s.length,
                            pct(s, 50),
                            pct(s, 95),
                            pct(s, 99),
                            s.length == 0 ? Double.NaN : s[s.length - 1] / 1000.0)
                    .replace("NaN", "null");
        }
    }

    /** Process CPU time since a start, in cores. */
    interface Cpu {
        double coresUsedSince();

        static Cpu self() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            return () -> (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - t0);
        }
    }

    /** A node's JMX (remote, loopback, enabled by bench/load.sh only): full GC, heap and CPU. */
    record Jmx(MBeanServerConnection server) {

        static Jmx connect(String port) throws IOException {
            if (port.isEmpty()) {
                return new Jmx(null);
            }
            JMXConnector connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi"));
            return new Jmx(connector.getMBeanServerConnection());
        }

        long liveHeapBytes() throws Exception {
            if (server == null) {
                return 0;
            }
            ObjectName memory = new ObjectName("java.lang:type=Memory");
            for (int i = 0; i < 2; i++) {
                server.invoke(memory, "gc", null, null);
            }
            Thread.sleep(200);
            var usage =
                    javax.management.openmbean.CompositeData.class.cast(server.getAttribute(memory, "HeapMemoryUsage"));
            return (Long) usage.get("used");
        }

        /** Milliseconds the node's JIT compilers have worked since its start. */
        long compileMillis() throws Exception {
            if (server == null) {
                throw new IllegalStateException("no JMX connection to the node");
            }
            return (Long) server.getAttribute(new ObjectName("java.lang:type=Compilation"), "TotalCompilationTime");
        }

        Cpu cpu() throws Exception {
            if (server == null) {
                return () -> Double.NaN;
            }
            ObjectName os = new ObjectName("java.lang:type=OperatingSystem");
            long cpu0 = (Long) server.getAttribute(os, "ProcessCpuTime");
            long t0 = System.nanoTime();
            return () -> {
                try {
                    return ((Long) server.getAttribute(os, "ProcessCpuTime") - cpu0)
                            / (double) (System.nanoTime() - t0);
                } catch (Exception e) {
                    return Double.NaN;
                }
            };
        }
    }
}
