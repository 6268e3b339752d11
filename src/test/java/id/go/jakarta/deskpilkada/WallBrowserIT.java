package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The situation wall in real browsers against the production jar, two nodes: pairing with a
 * device token, 1080p and 4K rendering (screenshots under {@code target/wall-screenshots}), a change
 * from the other node without reload, and recovery after the node serving the wall is stopped and
 * started again. Skips with a message where the production jar, Chromium or playwright-core is missing.
 */
class WallBrowserIT {

    @Test
    void the_wall_renders_follows_the_other_node_and_heals_after_its_node_restarts() throws Exception {
        Path jar = BrowserTests.jarAndBrowser("Wall browser test");
        Path work = Path.of("target/browser-it/wall-" + UUID.randomUUID());
        Path shots = Path.of("target/wall-screenshots");
        Files.createDirectories(shots);
        int httpB = TestNodes.freePort();
        BrowserTests.TwoNodes nodes = BrowserTests.twoNodes("desk-wall", BrowserTests.h2(work));
        List<String> argsA = nodes.a();
        List<String> argsB = nodes.b();

        JarNode b = null;
        try (JarNode a = JarNode.start(jar, work, "node-a", TestNodes.freePort(), argsA)) {
            b = JarNode.start(jar, work, "node-b", httpB, argsB);
            ProcessBuilder browser = BrowserTests.script("wall.mjs");
            browser.environment().put("BASE_A", a.baseUrl());
            browser.environment().put("BASE_B", b.baseUrl());
            browser.environment().put("OUT_DIR", shots.toAbsolutePath().toString());
            browser.redirectErrorStream(true);
            Process script = browser.start();
            StringBuilder output = new StringBuilder();
            try (BufferedReader lines =
                            new BufferedReader(new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8));
                    Writer answers = new OutputStreamWriter(script.getOutputStream(), StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.equals("STOP_NODE_B")) {
                        b.close();
                        answers.write("STOPPED\n");
                        answers.flush();
                    } else if (line.equals("START_NODE_B")) {
                        b = JarNode.start(jar, work, "node-b-again", httpB, argsB);
                        answers.write("STARTED\n");
                        answers.flush();
                    }
                }
            }
            boolean finished = script.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
            System.out.println(
                    "[desk-pilkada] wall browser test: " + output.toString().strip());
            assertThat(script.exitValue()).as(output.toString()).isZero();
            Matcher recovered = Pattern.compile("\"recoveredAfterMs\":(\\d+)").matcher(output);
            assertThat(recovered.find()).as(output.toString()).isTrue();
            assertThat(Long.parseLong(recovered.group(1))).isLessThanOrEqualTo(15_000);
            assertThat(output)
                    .contains(
                            "\"tiles\":7",
                            "\"reloaded\":false",
                            "\"silentTile\":true",
                            "\"lostBanner\":true",
                            "\"rotatesUnderPictures\":true",
                            "\"firstFrame\":{\"tiles\":7,\"vaadinWall\":false,\"walls\":1}",
                            "\"preloads\":{\"wall\":0,\"overview\":1,");
            assertThat(shots.resolve("wall-1920x1080.png")).exists();
            assertThat(shots.resolve("wall-3840x2160.png")).exists();
        } finally {
            if (b != null) {
                b.close();
            }
        }
    }
}
