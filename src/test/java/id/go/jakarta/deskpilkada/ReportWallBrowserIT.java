package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A late situation report on the wall in real browsers against the production jar, two nodes: a
 * screen paired on node B shows Kepulauan Seribu's report late (the demo leaves it unreported);
 * its chief sends the report and the provincial chief accepts it on node A; the same wall page,
 * without reload, then shows the report on time. The same run proves a CCTV snapshot reaches the
 * wall through the application: a fake camera the script runs on 127.0.0.1, allowed by the admin
 * and registered by the chief on node A, is shown by the wall from its own origin ({@code
 * /kamera/<id>}), asked for again, and the camera asked by the server at most once per cache period.
 * Screenshots under {@code target/wall-screenshots}. Skips with a message where the production jar,
 * Chromium or playwright-core is missing.
 */
class ReportWallBrowserIT {

    @Test
    void the_wall_shows_a_post_report_late_and_after_it_is_sent_and_accepted_on_time_without_reload() throws Exception {
        Path jar = BrowserTests.jarAndBrowser("Report wall browser test");
        Path work = Path.of("target/browser-it/report-wall-" + UUID.randomUUID());
        Path shots = Path.of("target/wall-screenshots");
        Files.createDirectories(shots);
        Files.deleteIfExists(shots.resolve("wall-report-late.png"));
        Files.deleteIfExists(shots.resolve("wall-report-accepted.png"));
        Files.deleteIfExists(shots.resolve("wall-camera.png"));
        BrowserTests.TwoNodes nodes = BrowserTests.twoNodes("desk-report-wall", BrowserTests.h2(work));

        try (JarNode a = JarNode.start(jar, work, "node-a", TestNodes.freePort(), nodes.a());
                JarNode b = JarNode.start(jar, work, "node-b", TestNodes.freePort(), nodes.b())) {
            BrowserTests.ScriptRun run = BrowserTests.runAgainst("report-on-wall.mjs", a, b, shots, 60);
            String output = run.output();
            System.out.println("[desk-pilkada] report wall browser test: " + output.strip());
            assertThat(run.exitValue()).as(output).isZero();
            assertThat(output)
                    .contains(
                            "\"lateBefore\":true",
                            "\"freshAfter\":true",
                            "\"lateCountDropped\":true",
                            "\"reloaded\":false");
            Matcher sent = Pattern.compile("\"reportsSent\":(\\d+)").matcher(output);
            assertThat(sent.find()).as(output).isTrue();
            assertThat(output).contains("\"accepted\":" + sent.group(1));
            Matcher fresh = Pattern.compile("\"wallFreshAfterSubmitMs\":(\\d+)").matcher(output);
            assertThat(fresh.find()).as(output).isTrue();
            assertThat(shots.resolve("wall-report-late.png")).exists();
            assertThat(shots.resolve("wall-report-accepted.png")).exists();
            // The camera: same origin only, its picture loaded, asked again, served from the
            // server's copy, and the camera asked at least twice but never more than the wall asked.
            assertThat(output)
                    .contains(
                            "\"sameOrigin\":true",
                            "\"loaded\":true",
                            "\"refreshed\":true",
                            "\"cached\":true",
                            "\"shownInPanel\":true");
            Matcher hits = Pattern.compile("\"cameraHits\":(\\d+)").matcher(output);
            Matcher asked = Pattern.compile("\"wallRequests\":(\\d+)").matcher(output);
            assertThat(hits.find() && asked.find()).as(output).isTrue();
            assertThat(Integer.parseInt(hits.group(1))).as(output).isBetween(2, Integer.parseInt(asked.group(1)));
            assertThat(shots.resolve("wall-camera.png")).exists();
        }
    }
}
