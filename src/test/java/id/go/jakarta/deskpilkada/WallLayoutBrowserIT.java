package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The wall's layout in a real browser against the production jar: at 1366x768, 1920x1080 and
 * 3840x2160, for 2, 7, 12, 27 and 40 posts, on the overview and the map panel, every tile shows all
 * its lines, no value is shortened, no texts or map labels overlap, and the region's real map is
 * drawn (src/test/browser/wall-layout.mjs). Screenshots under {@code target/wall-screenshots}.
 * Skips with a message where the production jar, Chromium or playwright-core is missing.
 */
class WallLayoutBrowserIT {

    @Test
    void every_tile_and_map_label_fits_at_every_screen_size_for_two_to_forty_posts() throws Exception {
        Path jar = BrowserTests.jarAndBrowser("Wall layout browser test");
        Path work = Path.of("target/browser-it/wall-layout-" + UUID.randomUUID());
        Path shots = Path.of("target/wall-screenshots");
        Files.createDirectories(shots);
        int hz = TestNodes.freePort();
        List<String> args = new ArrayList<>(JarNode.args(
                "desk.cluster.name=desk-wall-layout-" + UUID.randomUUID(),
                "desk.cluster.members=127.0.0.1:" + hz,
                "desk.cluster.port=" + hz,
                "desk.cluster.bind-interface=127.0.0.1",
                "desk.demo.enabled=true"));
        args.addAll(BrowserTests.h2(work));

        try (JarNode node = JarNode.start(jar, work, "node-a", TestNodes.freePort(), args)) {
            BrowserTests.ScriptRun run = BrowserTests.runAgainst("wall-layout.mjs", node, node, shots, 300);
            String output = run.output();
            System.out.println("[desk-pilkada] wall layout browser test: " + output.strip());
            assertThat(run.exitValue()).as(output).isZero();
            assertThat(output).contains("\"checked\":30", "\"problems\":[]", "\"mapAreas\":6");
            Matcher labels = Pattern.compile("\"labelsShown\":(\\d+)").matcher(output);
            assertThat(labels.find()).as(output).isTrue();
            assertThat(Integer.parseInt(labels.group(1))).as("map labels drawn").isGreaterThanOrEqualTo(3);
            assertThat(shots.resolve("wall-layout-1366x768-40.png")).exists();
            assertThat(shots.resolve("wall-layout-3840x2160-2-peta.png")).exists();
        }
    }
}
