package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The roll-up wall in a real browser against the production jar with the whole 2024 set of desks
 * open and counted: the national wall (38 provinces) and East Java's (39 tiles) at 1366x768,
 * 1920x1080 and 3840x2160 show every tile whole (src/test/browser/rollup-wall-layout.mjs).
 * Screenshots under {@code target/wall-screenshots}. Skips with a message where the production
 * jar, Chromium or playwright-core is missing.
 */
class RollupWallLayoutBrowserIT {

    @Test
    void every_tile_of_the_national_and_a_provinces_roll_up_wall_fits_at_every_screen_size() throws Exception {
        Path jar = BrowserTests.jarAndBrowser("Roll-up wall layout browser test");
        Path work = Path.of("target/browser-it/rollup-wall-" + UUID.randomUUID());
        Path shots = Path.of("target/wall-screenshots");
        Files.createDirectories(shots);
        int hz = TestNodes.freePort();
        List<String> args = new ArrayList<>(JarNode.args(
                "desk.cluster.name=desk-rollup-wall-" + UUID.randomUUID(),
                "desk.cluster.members=127.0.0.1:" + hz,
                "desk.cluster.port=" + hz,
                "desk.cluster.bind-interface=127.0.0.1",
                "desk.demo.enabled=true"));
        args.addAll(BrowserTests.h2(work));

        try (JarNode node = JarNode.start(jar, work, "node-a", TestNodes.freePort(), args)) {
            BrowserTests.ScriptRun run = BrowserTests.runAgainst("rollup-wall-layout.mjs", node, node, shots, 600);
            String output = run.output();
            System.out.println("[desk-pilkada] roll-up wall layout browser test: " + output.strip());
            assertThat(run.exitValue()).as(output).isZero();
            assertThat(output).contains("\"checked\":6", "\"problems\":[]", "\"nasional\":38", "\"35\":39");
            assertThat(shots.resolve("rollup-wall-3840x2160-nasional.png")).exists();
        }
    }
}
