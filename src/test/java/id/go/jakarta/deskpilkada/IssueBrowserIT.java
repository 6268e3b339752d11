package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An election issue across the cluster in real browsers against the production jar, two nodes:
 * an officer files it from his phone on node A and the wall on node B counts it; the chief refers
 * it to Polda on node A; it appears in the Polda liaison's queue on node B by push, he acknowledges
 * it there, and the chief's detail on node A shows the acknowledgement. Skips with a message where
 * the production jar, Chromium or playwright-core is missing.
 */
class IssueBrowserIT {

    @Test
    void an_issue_filed_on_node_a_reaches_the_liaisons_queue_on_node_b_is_acknowledged_there_and_counts_on_the_wall()
            throws Exception {
        Path jar = BrowserTests.jarAndBrowser("Issue browser test");
        Path work = Path.of("target/browser-it/issues-" + UUID.randomUUID());
        Path shots = Path.of("target/wall-screenshots");
        Files.createDirectories(shots);
        BrowserTests.TwoNodes nodes = BrowserTests.twoNodes("desk-issues", BrowserTests.h2(work));

        try (JarNode a = JarNode.start(jar, work, "node-a", TestNodes.freePort(), nodes.a());
             JarNode b = JarNode.start(jar, work, "node-b", TestNodes.freePort(), nodes.b())) {
            ProcessBuilder browser = BrowserTests.script("issue-across-nodes.mjs");
            browser.environment().put("BASE_A", a.baseUrl());
            browser.environment().put("BASE_B", b.baseUrl());
            browser.environment().put("OUT_DIR", shots.toAbsolutePath().toString());
            browser.redirectErrorStream(true);
            Process script = browser.start();
            StringBuilder output = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(script.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                }
            }
            if (!script.waitFor(90, TimeUnit.SECONDS)) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
            System.out.println("[desk-pilkada] issue browser test: " + output.toString().strip());
            assertThat(script.exitValue()).as(output.toString()).isZero();
            assertThat(output).contains("\"noHorizontalScroll\":true", "\"chiefSawAcknowledgement\":true", "\"queueAcknowledged\":true",
                    "\"requestsOutsideLoopback\":[]");
            Matcher counted = Pattern.compile("\"wallCountedAfterMs\":(\\d+)").matcher(output);
            assertThat(counted.find()).as(output.toString()).isTrue();
            Matcher queued = Pattern.compile("\"queueShowedAfterMs\":(\\d+)").matcher(output);
            assertThat(queued.find()).as(output.toString()).isTrue();
            assertThat(shots.resolve("issue-form-390x844.png")).exists();
        }
    }
}
