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
            ProcessBuilder browser = BrowserTests.script("duty-phone.mjs");
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
            if (!script.waitFor(60, TimeUnit.SECONDS)) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
            System.out.println("[desk-pilkada] duty phone browser test: " + output.toString().strip());
            assertThat(script.exitValue()).as(output.toString()).isZero();
            assertThat(output).contains("\"qrIsSvg\":true", "\"noHorizontalScroll\":true", "\"replayRefused\":true");
            Matcher counted = Pattern.compile("\"wallCountedAfterMs\":(\\d+)").matcher(output);
            assertThat(counted.find()).as(output.toString()).isTrue();
            assertThat(shots.resolve("phone-sign-in-390x844.png")).exists();
        }
    }
}
