package id.go.jakarta.deskpilkada.load;

import static id.go.jakarta.deskpilkada.load.LoadClient.RESULT;
import static id.go.jakarta.deskpilkada.load.LoadClient.arg;
import static id.go.jakarta.deskpilkada.load.LoadClient.intArg;
import static id.go.jakarta.deskpilkada.load.LoadClient.print;

import id.go.jakarta.deskpilkada.load.LoadClient.Stats;
import id.go.jakarta.deskpilkada.load.LoadClient.Wall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The node-kill campaign's client (phase {@code kill} of {@link LoadClient}, run by
 * {@code bench/node-kill.sh}, which starts two nodes on PostgreSQL behind nginx). Wall UIs are
 * opened through nginx (sticky by the route in the session id, so they spread over both nodes);
 * issues are filed through nginx at a fixed rate, each with its own Idempotency-Key; after
 * {@code killAfter} seconds the node with route {@code killRoute} gets SIGKILL. A wall whose push
 * connection drops does what a wall screen's browser does: it loads the page again (its cookies
 * kept), lands on the survivor and is signed in by its device cookie. Counted: acknowledged writes
 * against what the survivor finds, the time from the kill until each wall of the dead node shows
 * an event committed after the kill, whether the survivor's walls stayed connected and current,
 * and whether the survivor's picture agrees with the database once the writes stop. Then the
 * script restarts the node and this client checks it rejoined: an event filed on it reaches a
 * wall on the other node, and a wall opened on it shows the same counts.
 */
final class NodeKillCampaign {

    /** The open issues located in Jakarta Pusat on the picture: {@code "area":{"open":N} of JAKPUS}. */
    private static final Pattern AREA_OPEN = Pattern.compile("JAKPUS.*?area\\\\?\":\\{\\\\?\"open\\\\?\":(\\d+)");

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern ID_IN_LOCATION = Pattern.compile("/issues/(\\d+)$");

    private NodeKillCampaign() {}

    static void run() throws Exception {
        Properties creds = LoadClient.credentials();
        String front = arg("front", "http://127.0.0.1:18700");
        Map<String, String> nodes = Map.of("a", arg("nodeA", ""), "b", arg("nodeB", ""));
        String killRoute = arg("killRoute", "a");
        String survivorRoute = killRoute.equals("a") ? "b" : "a";
        String survivor = nodes.get(survivorRoute);
        long killPid = Long.parseLong(arg("killPid", "0"));
        int uis = intArg("uis", 200);
        int rate = intArg("rate", 100);
        int seconds = intArg("seconds", 60);
        int killAfter = intArg("killAfter", 20);
        Path signals = Path.of(arg("signals", "."));
        String runId = Long.toString(System.currentTimeMillis(), 36);
        String screenToken = creds.getProperty("screenToken");
        String apiToken = creds.getProperty("apiToken");
        HttpClient[] clients = LoadClient.clients(2);
        HttpClient api = clients[1];
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);

        // Walls through nginx: a new browser goes to either node, then stays on its node.
        LoadClient.Opened opened =
                LoadClient.openWalls(new HttpClient[] {clients[0]}, front, screenToken, timers, uis, 16, new Stats());
        List<Wall> walls = opened.walls();
        Map<String, Long> perNode = new TreeMap<>();
        walls.forEach(w -> perNode.merge(w.route(), 1L, Long::sum));
        print(String.format(
                Locale.ROOT,
                "walls opened through nginx: %d (%d failed), per node %s",
                walls.size(),
                opened.failed(),
                perNode));
        RESULT.put("walls", walls.size());
        RESULT.put("wallsOpenFailed", opened.failed());
        RESULT.put("wallsOnKilledNode", perNode.getOrDefault(killRoute, 0L));
        RESULT.put("wallsOnSurvivor", perNode.getOrDefault(survivorRoute, 0L));

        // A wall that loses its node reloads: a new page load through nginx with the cookies kept.
        Instant[] killedAt = new Instant[1];
        Map<Wall, Long> recovery = new ConcurrentHashMap<>();
        List<Wall> reloaded = new ArrayList<>();
        AtomicInteger lostWalls = new AtomicInteger();
        AtomicInteger survivorWallsLost = new AtomicInteger();
        for (Wall wall : walls) {
            String route = wall.route();
            wall.onLost = () -> {
                lostWalls.incrementAndGet();
                if (!route.equals(killRoute)) {
                    survivorWallsLost.incrementAndGet();
                }
                wall.close();
                Thread.ofVirtual()
                        .start(() ->
                                reload(wall, clients[0], front, screenToken, timers, killedAt, recovery, reloaded));
            };
        }

        // Writes through nginx at a fixed rate; the node is killed in the middle.
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> unacknowledged = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        Stats writeLatency = new Stats();
        int count = rate * seconds;
        // An API client waits for its answers: at most this many writes open at once, the rest counted.
        Semaphore open = new Semaphore(intArg("maxInFlight", 400));
        AtomicInteger notSent = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        LoadClient.paced(count, rate, i -> {
            if (i == rate * killAfter) {
                killedAt[0] = Instant.now();
                Files.writeString(signals.resolve("killed-at"), Long.toString(killedAt[0].toEpochMilli()));
                boolean killed = ProcessHandle.of(killPid)
                        .map(ProcessHandle::destroyForcibly)
                        .orElse(false);
                print("SIGKILL to node " + killRoute + " (pid " + killPid + "): "
                        + (killed ? "sent" : "NO SUCH PROCESS") + " at " + killedAt[0]);
                RESULT.put("killed", killed);
            }
            if (!open.tryAcquire()) {
                notSent.incrementAndGet();
                return;
            }
            String key = runId + "-" + i;
            String body = issueBody("Simpul " + runId + " " + i);
            long t0 = System.nanoTime();
            inFlight.add(api.sendAsync(
                            LoadClient.issuePost(front, apiToken, key, body), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        writeLatency.add((System.nanoTime() - t0) / 1000);
                        answers.computeIfAbsent(e != null ? -1 : r.statusCode(), s -> new AtomicInteger())
                                .incrementAndGet();
                        Long id = e == null && r.statusCode() == 201 ? idOf(r) : null;
                        if (id != null) {
                            acknowledged.put(key, id);
                        } else {
                            unacknowledged.put(key, body);
                        }
                        open.release();
                    }));
        });
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        int acknowledgedFirst = acknowledged.size();
        print(String.format(
                Locale.ROOT,
                "writes: %d due at %d/s through nginx, %d not sent (%d open already), "
                        + "answers %s (-1: no answer); acknowledged %d, not acknowledged %d; latency %s",
                count,
                rate,
                notSent.get(),
                intArg("maxInFlight", 400),
                new TreeMap<>(answers),
                acknowledgedFirst,
                unacknowledged.size(),
                writeLatency.summary("ms")));
        RESULT.put("writesNotSent", notSent.get());

        // What an API client does with a write that got no answer: send it again, same key.
        int retried = unacknowledged.size();
        for (int attempt = 0; attempt < 5 && !unacknowledged.isEmpty(); attempt++) {
            for (var e : Map.copyOf(unacknowledged).entrySet()) {
                HttpResponse<Void> r = api.send(
                        LoadClient.issuePost(front, apiToken, e.getKey(), e.getValue()),
                        HttpResponse.BodyHandlers.discarding());
                Long id = r.statusCode() == 201 ? idOf(r) : null;
                if (id != null) {
                    acknowledged.put(e.getKey(), id);
                    unacknowledged.remove(e.getKey());
                }
            }
            if (!unacknowledged.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        print(String.format(
                Locale.ROOT,
                "retried with the same Idempotency-Key: %d, acknowledged then %d, " + "still without answer %d",
                retried,
                retried - unacknowledged.size(),
                unacknowledged.size()));

        // Every acknowledged write is in the database (asked of the survivor, one by one).
        int found = 0;
        List<String> missing = new ArrayList<>();
        for (var e : acknowledged.entrySet()) {
            HttpResponse<Void> r = api.send(
                    HttpRequest.newBuilder(URI.create(survivor + "/api/v1/issues/" + e.getValue()))
                            .header("Authorization", "Bearer " + apiToken)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) {
                found++;
            } else if (missing.size() < 10) {
                missing.add(e.getKey() + "->" + e.getValue() + ":" + r.statusCode());
            }
        }
        long distinctIds = acknowledged.values().stream().distinct().count();
        print(String.format(
                Locale.ROOT,
                "acknowledged writes: %d (distinct issues %d), found on the survivor %d, " + "LOST %d %s",
                acknowledged.size(),
                distinctIds,
                found,
                acknowledged.size() - found,
                missing));
        Files.writeString(signals.resolve("acknowledged"), runId + " " + acknowledged.size() + "\n");
        RESULT.put("runId", runId);
        RESULT.put("writesDue", count);
        RESULT.put("writesAcknowledgedFirstTime", acknowledgedFirst);
        RESULT.put("writesRetried", retried);
        RESULT.put("writesAcknowledged", acknowledged.size());
        RESULT.put("writesDistinctIssues", distinctIds);
        RESULT.put("writesFoundOnSurvivor", found);
        RESULT.put("writesLost", acknowledged.size() - found);
        RESULT.put("writeLatency", writeLatency.json());

        // The walls of the dead node: back with live data (an event committed after the kill).
        Thread.sleep(3000);
        Stats back = new Stats();
        recovery.values().forEach(back::add);
        long killedWalls = perNode.getOrDefault(killRoute, 0L);
        print(String.format(
                Locale.ROOT,
                "walls of the killed node: %d, lost their connection %d, back with data "
                        + "committed after the kill %d; time kill -> live again %s",
                killedWalls,
                lostWalls.get() - survivorWallsLost.get(),
                recovery.size(),
                back.summary("ms")));
        Instant kill = killedAt[0];
        long survivorCurrent = walls.stream()
                .filter(w ->
                        w.route().equals(survivorRoute) && w.connected && kill != null && after(w.lastEventAt, kill))
                .count();
        print(String.format(
                Locale.ROOT,
                "walls of the survivor: %d, lost their connection %d, connected and showing "
                        + "events after the kill %d",
                perNode.getOrDefault(survivorRoute, 0L),
                survivorWallsLost.get(),
                survivorCurrent));
        RESULT.put("killedWallsBack", recovery.size());
        RESULT.put("killToLiveAgain", back.json());
        RESULT.put("survivorWallsLost", survivorWallsLost.get());
        RESULT.put("survivorWallsCurrent", survivorCurrent);

        // Healed: the survivor's picture agrees with the database once the writes stopped.
        long inDatabase = openInJakpus(api, survivor, apiToken);
        Wall check = anyConnected(walls, reloaded, survivorRoute);
        Integer onPicture = check == null ? null : areaOpen(check.picture());
        print(String.format(
                Locale.ROOT,
                "survivor after the writes: open issues in Jakarta Pusat in the database %d, "
                        + "on its walls' picture %s",
                inDatabase,
                onPicture));
        RESULT.put("survivorDatabaseOpen", inDatabase);
        RESULT.put("survivorPictureOpen", onPicture);

        // The script restarts the killed node; it must rejoin and serve current data.
        Files.writeString(signals.resolve("phase1-done"), "");
        print("waiting for the restarted node ...");
        Path restarted = signals.resolve("restarted");
        for (int i = 0; i < 600 && !Files.exists(restarted); i++) {
            Thread.sleep(500);
        }
        String again = nodes.get(killRoute);
        Wall fresh = new Wall(clients[0], again, screenToken, timers);
        fresh.open();
        waitFor(() -> fresh.hasPicture(), 30);
        long freshDatabase = openInJakpus(api, again, apiToken);
        Integer freshPicture = areaOpen(fresh.picture());
        print(String.format(
                Locale.ROOT,
                "restarted node %s: a wall opened on it shows %s open issues in Jakarta " + "Pusat, the database %d",
                killRoute,
                freshPicture,
                freshDatabase));
        // One event filed on the restarted node must reach a wall on the survivor, and back.
        Wall onSurvivor = new Wall(clients[0], survivor, screenToken, timers);
        onSurvivor.open();
        waitFor(() -> onSurvivor.hasPicture(), 30);
        Integer before = areaOpen(onSurvivor.picture());
        Instant filed = Instant.now();
        HttpResponse<Void> r = api.send(
                LoadClient.issuePost(again, apiToken, runId + "-rejoin", issueBody("Simpul " + runId + " rejoin")),
                HttpResponse.BodyHandlers.discarding());
        boolean crossed = waitFor(
                () -> {
                    Integer now = areaOpen(onSurvivor.picture());
                    return now != null && before != null && now == before + 1;
                },
                30);
        boolean backToRestarted = waitFor(
                () -> {
                    Integer now = areaOpen(fresh.picture());
                    return now != null && freshPicture != null && now == freshPicture + 1;
                },
                30);
        long crossMillis = Duration.between(filed, Instant.now()).toMillis();
        print(String.format(
                Locale.ROOT,
                "rejoin: issue filed on the restarted node answered %d; a wall on the "
                        + "survivor counted it: %s, a wall on the restarted node: %s (%d ms)",
                r.statusCode(),
                crossed,
                backToRestarted,
                crossMillis));
        RESULT.put("restartedPictureOpen", freshPicture);
        RESULT.put("restartedDatabaseOpen", freshDatabase);
        RESULT.put("rejoinEventReachedSurvivor", crossed);
        RESULT.put("rejoinEventOnRestarted", backToRestarted);
        if (!LoadClient.ERROR_SAMPLES.isEmpty()) {
            print("error samples (expected: the killed node's connections): " + LoadClient.ERROR_SAMPLES);
        }
        fresh.close();
        onSurvivor.close();
        walls.forEach(Wall::close);
        reloadedSnapshot(reloaded).forEach(Wall::close);
        timers.shutdownNow();
    }

    /** Loads the wall's page again until it stands, then waits for a picture newer than the kill. */
    private static void reload(
            Wall lost,
            HttpClient client,
            String front,
            String screenToken,
            ScheduledExecutorService timers,
            Instant[] killedAt,
            Map<Wall, Long> recovery,
            List<Wall> reloaded) {
        for (int attempt = 0; attempt < 120; attempt++) {
            Wall wall = new Wall(client, front, screenToken, timers).withSession(lost.session());
            try {
                wall.open();
                synchronized (reloaded) {
                    reloaded.add(wall);
                }
                while (true) {
                    Instant kill = killedAt[0];
                    if (kill != null && after(wall.lastEventAt, kill)) {
                        recovery.put(lost, Duration.between(kill, Instant.now()).toNanos() / 1000);
                        return;
                    }
                    Thread.sleep(50);
                }
            } catch (Exception e) {
                wall.close();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private static List<Wall> reloadedSnapshot(List<Wall> reloaded) {
        synchronized (reloaded) {
            return List.copyOf(reloaded);
        }
    }

    private static Wall anyConnected(List<Wall> walls, List<Wall> reloaded, String route) {
        for (Wall w : reloadedSnapshot(reloaded)) {
            if (w.connected) {
                return w;
            }
        }
        return walls.stream()
                .filter(w -> w.connected && w.route().equals(route))
                .findFirst()
                .orElse(null);
    }

    private static boolean after(String eventAt, Instant kill) {
        return !eventAt.isEmpty() && Instant.parse(eventAt).isAfter(kill);
    }

    static Integer areaOpen(String picture) {
        Matcher m = AREA_OPEN.matcher(picture);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static long openInJakpus(HttpClient api, String base, String token) throws Exception {
        HttpResponse<String> r = api.send(
                HttpRequest.newBuilder(URI.create(
                                base + "/api/v1/issues?wilayah=31.71&status=BARU,TERVERIFIKASI,DITANGANI&size=1"))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOTAL.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("list answered " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    private interface Check {
        boolean ok();
    }

    private static boolean waitFor(Check check, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (check.ok()) {
                return true;
            }
            Thread.sleep(100);
        }
        return check.ok();
    }

    private static String issueBody(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"Uji simpul mati\",\"category\":\"POLITIK_UANG\","
                + "\"severity\":\"SEDANG\",\"kelurahan\":\"31.71.01.1001\",\"tps\":\"7\",\"source\":\"HOTLINE\","
                + "\"reporter\":\"Simpul\"}";
    }

    private static Long idOf(HttpResponse<?> answer) {
        return answer.headers()
                .firstValue("location")
                .map(ID_IN_LOCATION::matcher)
                .filter(Matcher::find)
                .map(m -> Long.valueOf(m.group(1)))
                .orElse(null);
    }
}
