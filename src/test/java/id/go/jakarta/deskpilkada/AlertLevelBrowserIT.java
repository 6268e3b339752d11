package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole path in real browsers against the production jar: two nodes on 127.0.0.1 sharing one
 * database (an H2 file in server mode; PostgreSQL too when configured), a user on each, an alert
 * change on node A that node B shows within 2 s without reload, and no request off loopback.
 * Needs the production jar ({@code ./mvnw -Pproduction verify}), Chromium and Node with
 * playwright-core installed in {@code src/test/browser}; skips with a message otherwise.
 */
class AlertLevelBrowserIT {

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void an_alert_change_on_node_a_shows_on_node_b_within_two_seconds_without_reload(String database) throws Exception {
        String pg = System.getenv(PostgresConfigured.URL);
        boolean postgres = database.equals("PostgreSQL");
        assumeTrue(
                !postgres || pg != null && !pg.isBlank(),
                "Browser test on PostgreSQL skipped: set " + PostgresConfigured.URL + " to run it");
        Path jar = BrowserTests.jarAndBrowser("Browser test");
        Path work = Path.of("target/browser-it/" + database + "-" + UUID.randomUUID());
        BrowserTests.TwoNodes nodes = BrowserTests.twoNodes(
                "desk-browser",
                postgres
                        ? JarNode.args(
                                PostgresConfigured.Settings.nodeArguments().toArray(String[]::new))
                        : BrowserTests.h2(work));
        List<String> argsA = nodes.a();
        List<String> argsB = nodes.b();
        // One after the other: the second finds the schema migrated and the demo data loaded.
        try (JarNode a = JarNode.start(jar, work, "node-a", TestNodes.freePort(), argsA);
                JarNode b = JarNode.start(jar, work, "node-b", TestNodes.freePort(), argsB)) {
            ProcessBuilder browser = BrowserTests.script("alert-level-across-nodes.mjs")
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("browser.log").toFile());
            browser.environment().put("BASE_A", a.baseUrl());
            browser.environment().put("BASE_B", b.baseUrl());
            Process script = browser.start();
            boolean finished = script.waitFor(120, TimeUnit.SECONDS);
            if (!finished) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
            String output = Files.readString(work.resolve("browser.log"), StandardCharsets.UTF_8);
            System.out.println("[desk-pilkada] browser test: " + output.strip());
            assertThat(finished).as("browser script finished").isTrue();
            assertThat(script.exitValue()).as(output).isZero();
            Matcher latency = Pattern.compile("\"latencyMs\":(\\d+)").matcher(output);
            assertThat(latency.find()).as(output).isTrue();
            assertThat(Long.parseLong(latency.group(1))).isLessThan(2000);
            assertThat(output).contains("\"requestsOutsideLoopback\":[]").contains("\"reloadedB\":false");
        }
    }
}
