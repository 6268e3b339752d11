package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sign-in by the post's QR code on a phone (390x844) against the production jar, two nodes: the
 * code comes from the chief's board on node A, the officer signs in on node A, the wall on node B
 * counts him by push. Skips with a message where the production jar, Chromium or playwright-core
 * is missing.
 */
class DutyPhoneBrowserIT {

    @Test
    void an_officer_signs_in_by_qr_code_on_his_phone_and_the_wall_on_the_other_node_counts_him() throws Exception {
        Path jar = BrowserTests.jarAndBrowser("Duty phone test");
        Path work = Path.of("target/browser-it/duty-" + UUID.randomUUID());
        Path shots = Path.of("target/wall-screenshots");
        Files.createDirectories(shots);
        BrowserTests.TwoNodes nodes = BrowserTests.twoNodes("desk-duty", BrowserTests.h2(work));

        try (JarNode a = JarNode.start(jar, work, "node-a", TestNodes.freePort(), nodes.a());
                JarNode b = JarNode.start(jar, work, "node-b", TestNodes.freePort(), nodes.b())) {
            BrowserTests.ScriptRun run = BrowserTests.runAgainst("duty-phone.mjs", a, b, shots, 60);
            String output = run.output();
            System.out.println("[desk-pilkada] duty phone browser test: " + output.strip());
            assertThat(run.exitValue()).as(output).isZero();
            assertThat(output).contains("\"qrIsSvg\":true", "\"noHorizontalScroll\":true", "\"replayRefused\":true");
            Matcher counted = Pattern.compile("\"wallCountedAfterMs\":(\\d+)").matcher(output);
            assertThat(counted.find()).as(output).isTrue();
            assertThat(shots.resolve("phone-sign-in-390x844.png")).exists();
        }
    }
}
