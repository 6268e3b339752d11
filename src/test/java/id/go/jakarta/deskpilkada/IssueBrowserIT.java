package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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
            BrowserTests.ScriptRun run = BrowserTests.runAgainst("issue-across-nodes.mjs", a, b, shots, 90);
            String output = run.output();
            System.out.println("[desk-pilkada] issue browser test: " + output.strip());
            assertThat(run.exitValue()).as(output).isZero();
            assertThat(output)
                    .contains(
                            "\"noHorizontalScroll\":true",
                            "\"kecamatanFilledIn\":\"Gambir\"",
                            "\"chiefSawAcknowledgement\":true",
                            "\"queueAcknowledged\":true",
                            "\"requestsOutsideLoopback\":[]");
            Matcher counted = Pattern.compile("\"wallCountedAfterMs\":(\\d+)").matcher(output);
            assertThat(counted.find()).as(output).isTrue();
            Matcher queued = Pattern.compile("\"queueShowedAfterMs\":(\\d+)").matcher(output);
            assertThat(queued.find()).as(output).isTrue();
            assertThat(shots.resolve("issue-form-390x844.png")).exists();
        }
    }
}
