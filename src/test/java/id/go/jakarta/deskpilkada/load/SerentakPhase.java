package id.go.jakarta.deskpilkada.load;

import static id.go.jakarta.deskpilkada.load.LoadClient.RESULT;
import static id.go.jakarta.deskpilkada.load.LoadClient.arg;
import static id.go.jakarta.deskpilkada.load.LoadClient.intArg;
import static id.go.jakarta.deskpilkada.load.LoadClient.print;
import static id.go.jakarta.deskpilkada.load.LoadClient.round;

import id.go.jakarta.deskpilkada.load.LoadClient.Cpu;
import id.go.jakarta.deskpilkada.load.LoadClient.Jmx;
import id.go.jakarta.deskpilkada.load.LoadClient.Stats;
import id.go.jakarta.deskpilkada.load.LoadClient.Wall;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanAttributeInfo;
import javax.management.ObjectName;

/**
 * The Pilkada serentak scale run of issue 18 (bench/serentak.sh; prints numbers, not a test): wall
 * UIs spread over the 2024 set's desks and over the cluster's nodes, status reports of each desk's
 * camera at a fixed rate spread over the desks, then a sixth node joining the loaded cluster.
 * Prints per-wall heap per node, commit-to-screen latency, pictures built per node per second (the
 * distinct pictures the node's walls received, counted per desk), the Hazelcast maps' memory and
 * the sixth node's time to ready and to its first wall's picture.
 */
final class SerentakPhase {

    private SerentakPhase() {}

    /** One desk of the credentials file. */
    record Desk(int index, String code, String level, String screenToken, String apiToken, String deviceId) {}

    static void run() throws Exception {
        Properties creds = new Properties();
        try (var in = Files.newInputStream(Path.of(arg("credentials", "serentak.properties")))) {
            creds.load(in);
        }
        List<Desk> desks = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(creds.getProperty("desks")); i++) {
            String p = "desk." + i + ".";
            desks.add(new Desk(
                    i,
                    creds.getProperty(p + "code"),
                    creds.getProperty(p + "level"),
                    creds.getProperty(p + "screenToken"),
                    creds.getProperty(p + "apiToken"),
                    creds.getProperty(p + "deviceId")));
        }
        String[] nodes = arg("nodes", "").split(",");
        String[] jmxPorts = arg("jmx", "").split(",");
        Jmx[] jmx = new Jmx[nodes.length];
        for (int n = 0; n < nodes.length; n++) {
            jmx[n] = Jmx.connect(jmxPorts[n]);
        }
        int uis = intArg("uis", 10_000);
        int rate = intArg("rate", 50);
        int seconds = intArg("seconds", 60);
        boolean byDesk = !"round".equals(arg("spread", "desk"));
        RESULT.put("desks", desks.size());
        RESULT.put("nodes", nodes.length);
        RESULT.put("spread", byDesk ? "desk" : "round");
        print(String.format(
                Locale.ROOT,
                "%d desks, %d nodes, %d wall UIs requested, spread %s",
                desks.size(),
                nodes.length,
                uis,
                byDesk
                        ? "by desk (every screen of a desk on one node: desk i on node i mod nodes)"
                        : "round robin (a desk's screens on every node)"));

        // How many walls each desk gets: a province's desk twice a kabupaten/kota's (its wall room
        // shows the roll-up and its own election), the rest by the largest remainders.
        int[] perDesk = shares(desks, uis);
        HttpClient[] clients = LoadClient.clients(intArg("clients", 4));
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);

        // Warm-up walls (not counted in the heap per wall): a few per node.
        List<Wall> warm = new ArrayList<>();
        for (int n = 0; n < nodes.length; n++) {
            for (int k = 0; k < 3; k++) {
                Desk d = desks.get((n + k * nodes.length) % desks.size());
                Wall w = new Wall(clients[0], nodes[byDesk ? d.index() % nodes.length : n], d.screenToken(), timers);
                w.open();
                warm.add(w);
            }
        }
        long[] heapBefore = new long[nodes.length];
        for (int n = 0; n < nodes.length; n++) {
            heapBefore[n] = jmx[n].liveHeapBytes();
        }
        print("live heap before (MB, after full GC): " + mb(heapBefore));

        // Wall i: its desk, and its node (the desk's, or in turn).
        List<int[]> deskAndNode = new ArrayList<>();
        for (Desk d : desks) {
            for (int k = 0; k < perDesk[d.index()]; k++) {
                int i = deskAndNode.size();
                deskAndNode.add(new int[] {d.index(), byDesk ? d.index() % nodes.length : i % nodes.length});
            }
        }
        int total = deskAndNode.size();
        Stats openTime = new Stats();
        long openStart = System.nanoTime();
        LoadClient.Opened opened = LoadClient.openWalls(
                i -> {
                    int[] place = deskAndNode.get(i);
                    Wall w = new Wall(
                            clients[i % clients.length],
                            nodes[place[1]],
                            desks.get(place[0]).screenToken(),
                            timers);
                    w.desk = place[0];
                    w.node = place[1];
                    return w;
                },
                total,
                intArg("openParallel", 16),
                openTime);
        List<Wall> walls = opened.walls();
        int failed = opened.failed();
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(intArg("firstPictureSeconds", 180));
        while (walls.stream().anyMatch(w -> !w.hasPicture()) && System.nanoTime() < waitUntil) {
            Thread.sleep(500);
        }
        long withPicture = walls.stream().filter(Wall::hasPicture).count();
        print(String.format(
                Locale.ROOT,
                "opened %d of %d wall UIs in %.0f s (%d failed), %d with their first picture by push; open time %s",
                walls.size(),
                total,
                openSeconds,
                failed,
                withPicture,
                openTime.summary("ms")));
        Thread.sleep(3000);
        int[] wallsOn = new int[nodes.length];
        walls.forEach(w -> wallsOn[w.node]++);
        long[] heapAfter = new long[nodes.length];
        StringBuilder perNode = new StringBuilder();
        double heapSum = 0;
        for (int n = 0; n < nodes.length; n++) {
            heapAfter[n] = jmx[n].liveHeapBytes();
            double kb = (heapAfter[n] - heapBefore[n]) / 1024.0 / Math.max(1, wallsOn[n]);
            heapSum += heapAfter[n] - heapBefore[n];
            perNode.append(String.format(
                    Locale.ROOT,
                    " node%d %d walls %.1f->%.1f MB %.1f KB/wall;",
                    n + 1,
                    wallsOn[n],
                    heapBefore[n] / 1e6,
                    heapAfter[n] / 1e6,
                    kb));
        }
        double perWall = heapSum / 1024.0 / Math.max(1, walls.size());
        print("live heap per wall:" + perNode + String.format(Locale.ROOT, " all nodes %.1f KB/wall", perWall));
        RESULT.put("uisRequested", total);
        RESULT.put("uisOpen", walls.size());
        RESULT.put("uisOpenFailed", failed);
        RESULT.put("uisWithFirstPicture", withPicture);
        RESULT.put("openSeconds", round(openSeconds));
        RESULT.put("heapPerWallKb", round(perWall));
        hazelcastMemory(jmx, "loaded");

        // Events: a status report of one desk's camera at a time, the desk drawn at random, sent
        // to the nodes' APIs in turn; DOWN and UP in turn per desk.
        Random random = new Random(intArg("seed", 18));
        int[] flips = new int[desks.size()];
        AtomicInteger apiErrors = new AtomicInteger();
        Stats apiLatency = new Stats();
        HttpClient api = clients[0];
        AtomicLong sent = new AtomicLong();
        LoadClient.Step event = i -> {
            Desk d = desks.get(random.nextInt(desks.size()));
            String base = nodes[i % nodes.length];
            long t0 = System.nanoTime();
            sent.incrementAndGet();
            api.sendAsync(
                            LoadClient.statusReport(base, d.deviceId(), d.apiToken(), flips[d.index()]++),
                            HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        if (LoadClient.measuring) {
                            apiLatency.add((System.nanoTime() - t0) / 1000);
                        }
                        if (e != null || r.statusCode() / 100 != 2) {
                            apiErrors.incrementAndGet();
                            LoadClient.error("event: " + (e != null ? e : r.statusCode()));
                        }
                    });
        };
        int warmSeconds = intArg("warmSeconds", 30);
        print("warm-up: " + warmSeconds + " s of events at " + rate + "/s");
        LoadClient.paced(rate * warmSeconds, rate, event);
        Thread.sleep(2000);

        Map<Integer, Set<String>> built = new ConcurrentHashMap<>();
        Wall.pictureSeen = (w, at) -> {
            if (LoadClient.measuring) {
                built.computeIfAbsent(w.node * 100_000 + w.desk, k -> ConcurrentHashMap.newKeySet())
                        .add(at);
            }
        };
        Cpu[] cpu = new Cpu[nodes.length];
        for (int n = 0; n < nodes.length; n++) {
            cpu[n] = jmx[n].cpu();
        }
        Cpu client = Cpu.self();
        int errorsBefore = apiErrors.get();
        LoadClient.measuring = true;
        long phaseStart = System.nanoTime();
        LoadClient.paced(rate * seconds, rate, event);
        Thread.sleep(2000);
        LoadClient.measuring = false;
        double phase = (System.nanoTime() - phaseStart) / 1e9;
        long connected = walls.stream().filter(w -> w.connected).count();
        print(String.format(
                Locale.ROOT,
                "events: %d at %d/s over %d desks through %d nodes' API (%d failed); API latency %s",
                rate * seconds,
                rate,
                desks.size(),
                nodes.length,
                apiErrors.get() - errorsBefore,
                apiLatency.summary("ms")));
        print("latency commit -> push received, per wall and picture, the newest event: "
                + LoadClient.PUSH_LATENCY.summary("ms"));
        print("  of which commit -> picture build starts: " + LoadClient.BUILD_START.summary("ms"));
        print("  of which build start -> push received:   " + LoadClient.DELIVERY.summary("ms"));
        print("latency commit -> push received, the oldest event in the picture: "
                + LoadClient.OLDEST_LATENCY.summary("ms"));
        print("  p99 by second of the phase (ms):" + Stats.p99s(LoadClient.LATENCY_BY_SECOND));
        StringBuilder pictures = new StringBuilder();
        StringBuilder cpus = new StringBuilder();
        for (int n = 0; n < nodes.length; n++) {
            int node = n;
            long count = built.entrySet().stream()
                    .filter(e -> e.getKey() / 100_000 == node)
                    .mapToLong(e -> e.getValue().size())
                    .sum();
            long deskCount =
                    built.keySet().stream().filter(k -> k / 100_000 == node).count();
            pictures.append(String.format(Locale.ROOT, " node%d %.1f/s (%d desks);", n + 1, count / phase, deskCount));
            cpus.append(String.format(Locale.ROOT, " node%d %.2f;", n + 1, cpu[n].coresUsedSince()));
        }
        print("pictures built per second (distinct pictures its walls received):" + pictures);
        print(String.format(
                Locale.ROOT,
                "cpu cores:%s client %.2f; machine load %.2f; wall UIs still connected %d/%d, websocket errors %d, closed %d",
                cpus,
                client.coresUsedSince(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                connected,
                walls.size(),
                LoadClient.WS_ERRORS.get(),
                LoadClient.WS_CLOSED.get()));
        RESULT.put("events", rate * seconds);
        RESULT.put("eventRate", rate);
        RESULT.put("eventErrors", apiErrors.get() - errorsBefore);
        RESULT.put("pushLatency", LoadClient.PUSH_LATENCY.json());
        RESULT.put("pushLatencyOldestEvent", LoadClient.OLDEST_LATENCY.json());
        RESULT.put("uisConnectedAtEnd", connected);
        RESULT.put("wsErrors", LoadClient.WS_ERRORS.get());
        RESULT.put("wsClosed", LoadClient.WS_CLOSED.get());
        hazelcastMemory(jmx, "after events");

        join(desks, clients[0], timers, rate, event);
        if (!LoadClient.ERROR_SAMPLES.isEmpty()) {
            print("error samples: " + LoadClient.ERROR_SAMPLES);
        }
        walls.forEach(Wall::close);
        warm.forEach(Wall::close);
        timers.shutdownNow();
    }

    /** Desk i's share of the walls: provinces weigh 2, kabupaten/kota 1. */
    static int[] shares(List<Desk> desks, int uis) {
        double weights = desks.stream().mapToInt(d -> weight(d)).sum();
        int[] share = new int[desks.size()];
        double[] rest = new double[desks.size()];
        int given = 0;
        for (Desk d : desks) {
            double exact = uis * weight(d) / weights;
            share[d.index()] = (int) exact;
            rest[d.index()] = exact - share[d.index()];
            given += share[d.index()];
        }
        Integer[] order = new Integer[desks.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(rest[b], rest[a]));
        for (int i = 0; given < uis; i++, given++) {
            share[order[i % order.length]]++;
        }
        return share;
    }

    private static int weight(Desk d) {
        return "PROVINSI".equals(d.level()) ? 2 : 1;
    }

    /**
     * The Hazelcast maps' entry memory, summed over the nodes (owned and backup), from each
     * member's JMX ({@code hazelcast.jmx}); the snapshot maps ({@code desk-snapshot-*}) apart.
     */
    static void hazelcastMemory(Jmx[] jmx, String when) {
        Map<String, long[]> byMap = new TreeMap<>();
        try {
            for (Jmx j : jmx) {
                if (j.server() == null) {
                    continue;
                }
                for (ObjectName name : j.server().queryNames(new ObjectName("com.hazelcast:type=IMap,*"), null)) {
                    String map = name.getKeyProperty("name");
                    long[] sums = byMap.computeIfAbsent(map, k -> new long[3]);
                    for (MBeanAttributeInfo a : j.server().getMBeanInfo(name).getAttributes()) {
                        String attr = a.getName();
                        int slot = attr.equals("localOwnedEntryMemoryCost")
                                ? 0
                                : attr.equals("localBackupEntryMemoryCost")
                                        ? 1
                                        : attr.equals("localOwnedEntryCount") ? 2 : -1;
                        if (slot >= 0) {
                            Object v = j.server().getAttribute(name, attr);
                            sums[slot] += ((Number) v).longValue();
                        }
                    }
                }
            }
        } catch (Exception e) {
            print("hazelcast memory (" + when + "): not read: " + e);
            return;
        }
        long owned = 0;
        long backup = 0;
        long entries = 0;
        StringBuilder maps = new StringBuilder();
        for (var e : byMap.entrySet()) {
            if (!e.getKey().startsWith("desk-snapshot-")) {
                continue;
            }
            owned += e.getValue()[0];
            backup += e.getValue()[1];
            entries += e.getValue()[2];
            maps.append(String.format(
                    Locale.ROOT,
                    " %s %d entries %.2f MB;",
                    e.getKey().substring("desk-snapshot-".length()),
                    e.getValue()[2],
                    e.getValue()[0] / 1e6));
        }
        long all = byMap.values().stream().mapToLong(v -> v[0] + v[1]).sum();
        print(String.format(
                Locale.ROOT,
                "hazelcast (%s): snapshot maps %d entries, %.2f MB owned + %.2f MB backup in the cluster "
                        + "(all %d maps %.2f MB);%s",
                when,
                entries,
                owned / 1e6,
                backup / 1e6,
                byMap.size(),
                all / 1e6,
                maps));
        RESULT.put(
                "snapshotMapsMb" + (when.startsWith("loaded") ? "Loaded" : "AfterEvents"),
                round((owned + backup) / 1e6));
    }

    /**
     * The sixth node: asks the script to start it (a file), keeps the events flowing meanwhile,
     * then times its readiness and its first wall's first picture from its process start.
     */
    private static void join(
            List<Desk> desks, HttpClient http, ScheduledExecutorService timers, int rate, LoadClient.Step event)
            throws Exception {
        String joinNode = arg("joinNode", "");
        if (joinNode.isEmpty()) {
            return;
        }
        Path signal = Path.of(arg("joinSignal", ""));
        Path started = Path.of(arg("joinStarted", ""));
        AtomicBoolean going = new AtomicBoolean(true);
        Thread events = Thread.ofPlatform().daemon().start(() -> {
            try {
                for (int round = 0; going.get(); round++) {
                    LoadClient.paced(rate, rate, event);
                }
            } catch (Exception e) {
                LoadClient.error("join events: " + e);
            }
        });
        Files.writeString(signal, "start\n");
        long waitFile = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(started) || Files.readString(started).isBlank()) {
            if (System.nanoTime() > waitFile) {
                throw new IllegalStateException("the sixth node was not started");
            }
            Thread.sleep(50);
        }
        long startMillis = Long.parseLong(Files.readString(started).strip());
        HttpClient poll = LoadClient.clients(1)[0];
        long readyMillis = 0;
        long limit = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(intArg("joinLimitSeconds", 300));
        while (System.currentTimeMillis() < limit) {
            try {
                HttpResponse<Void> r = poll.send(
                        HttpRequest.newBuilder(URI.create(joinNode + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    readyMillis = System.currentTimeMillis();
                    break;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        if (readyMillis == 0) {
            going.set(false);
            print("sixth node: not ready within the limit");
            RESULT.put("joinReadySeconds", "null");
            return;
        }
        Desk desk = desks.get(desks.size() / 2);
        Wall wall = new Wall(http, joinNode, desk.screenToken(), timers);
        wall.open();
        while (!wall.hasPicture() && System.currentTimeMillis() < limit) {
            Thread.sleep(20);
        }
        long pictureMillis = System.currentTimeMillis();
        going.set(false);
        events.join(5000);
        print(String.format(
                Locale.ROOT,
                "sixth node (events flowing at %d/s): ready %.1f s after its process started, first wall (desk %s) "
                        + "with its picture %.1f s after",
                rate,
                (readyMillis - startMillis) / 1000.0,
                desk.code(),
                (pictureMillis - startMillis) / 1000.0));
        RESULT.put("joinReadySeconds", round((readyMillis - startMillis) / 1000.0));
        RESULT.put("joinFirstWallSeconds", round((pictureMillis - startMillis) / 1000.0));
        wall.close();
    }

    private static String mb(long[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int n = 0; n < bytes.length; n++) {
            s.append(String.format(Locale.ROOT, " node%d %.1f", n + 1, bytes[n] / 1e6));
        }
        return s.toString();
    }
}
