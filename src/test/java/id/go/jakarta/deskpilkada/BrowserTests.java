package id.go.jakarta.deskpilkada;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** What the browser tests need and how they start their Playwright scripts. */
final class BrowserTests {

    static final Path DIR = Path.of("src/test/browser");
    static final String MISSING = "Browser test skipped: needs Chromium at /usr/bin/chromium (or CHROMIUM) and "
            + "playwright-core in src/test/browser (npm ci there); .ci/run installs both";

    private BrowserTests() {}

    static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    }

    static boolean available() {
        return Files.isExecutable(chromium()) && Files.isDirectory(DIR.resolve("node_modules/playwright-core"));
    }

    static boolean productionJar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().noneMatch(e -> e.getName().startsWith("BOOT-INF/lib/vaadin-dev-server"));
        }
    }

    /** The production jar, Chromium and playwright-core, or the calling test is skipped with a message. */
    static Path jarAndBrowser(String test) throws IOException {
        Path jar = Path.of(System.getProperty("desk.jar", "target/desk-pilkada.jar"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                productionJar(jar),
                test + " skipped: " + jar + " is not a production build; run ./mvnw -Pproduction verify");
        org.junit.jupiter.api.Assumptions.assumeTrue(available(), MISSING);
        return jar;
    }

    /** The arguments of two jar nodes forming one cluster of their own on 127.0.0.1, with demo data. */
    record TwoNodes(java.util.List<String> a, java.util.List<String> b) {}

    static TwoNodes twoNodes(String clusterPrefix, java.util.List<String> database) {
        int hzA = TestNodes.freePort();
        int hzB = TestNodes.freePort();
        java.util.List<String> common = new java.util.ArrayList<>(JarNode.args(
                "desk.cluster.name=" + clusterPrefix + "-" + java.util.UUID.randomUUID(),
                "desk.cluster.members=127.0.0.1:" + hzA + ",127.0.0.1:" + hzB,
                "desk.cluster.bind-interface=127.0.0.1",
                "desk.demo.enabled=true"));
        common.addAll(database);
        java.util.List<String> a = new java.util.ArrayList<>(common);
        a.addAll(JarNode.args("desk.cluster.port=" + hzA));
        java.util.List<String> b = new java.util.ArrayList<>(common);
        b.addAll(JarNode.args("desk.cluster.port=" + hzB));
        return new TwoNodes(java.util.List.copyOf(a), java.util.List.copyOf(b));
    }

    /** Both nodes on one H2 file database under {@code work} (server mode, loopback only). */
    static java.util.List<String> h2(Path work) {
        return JarNode.args(
                "spring.datasource.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("db/desk") + ";AUTO_SERVER=TRUE");
    }

    /** A Node process running one of the scripts in {@code src/test/browser}. */
    static ProcessBuilder script(String name) {
        ProcessBuilder builder =
                new ProcessBuilder(System.getenv().getOrDefault("DESK_NODE", "node"), name).directory(DIR.toFile());
        builder.environment().put("CHROMIUM", chromium().toString());
        return builder;
    }

    /** What a browser script printed, and how it ended. */
    record ScriptRun(int exitValue, String output) {}

    /**
     * Runs a browser script against nodes A and B (BASE_A, BASE_B, OUT_DIR for screenshots) and
     * collects what it prints; a script still running after the timeout is killed.
     */
    static ScriptRun runAgainst(String name, JarNode a, JarNode b, Path outDir, int timeoutSeconds)
            throws IOException, InterruptedException {
        return runAgainst(script(name), a, b, outDir, timeoutSeconds);
    }

    /** As {@link #runAgainst(String, JarNode, JarNode, Path, int)}, for a script given more settings. */
    static ScriptRun runAgainst(ProcessBuilder browser, JarNode a, JarNode b, Path outDir, int timeoutSeconds)
            throws IOException, InterruptedException {
        browser.environment().put("BASE_A", a.baseUrl());
        browser.environment().put("BASE_B", b.baseUrl());
        browser.environment().put("OUT_DIR", outDir.toAbsolutePath().toString());
        browser.redirectErrorStream(true);
        Process process = browser.start();
        StringBuilder output = new StringBuilder();
        try (java.io.BufferedReader lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        return new ScriptRun(process.exitValue(), output.toString());
    }
}
