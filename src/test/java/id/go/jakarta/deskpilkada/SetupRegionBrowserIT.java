package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A desk for West Java 2018 set up entirely in the browser on the production jar with demo data off
 * and an empty PostgreSQL schema of its own (dropped afterwards): the first ADMIN replaces the
 * configured password, creates the election, the posts, imports agencies and people, downloads
 * their one-time passwords, sets up shifts and pairs a wall; an officer of Kota Bandung replaces his
 * one-time password on his phone and files an issue at a kelurahan, which the wall counts
 * (src/test/browser/setup-region.mjs). Screenshots under {@code target/setup-screenshots}. Skips
 * with a message without PostgreSQL (DESK_TEST_POSTGRES_URL), the production jar, Chromium or
 * playwright-core.
 */
class SetupRegionBrowserIT {

    private static final String ADMIN_PASSWORD = "KonfigurasiAwal2026";

    @Test
    void an_admin_sets_up_west_java_through_the_browser_and_an_officers_issue_reaches_the_wall() throws Exception {
        Path jar = BrowserTests.jarAndBrowser("Setup browser test");
        String url = System.getenv("DESK_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(
                url != null && !url.isBlank(), "Setup browser test skipped: needs DESK_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("DESK_TEST_POSTGRES_USERNAME", "desk_ci");
        String password = System.getenv().getOrDefault("DESK_TEST_POSTGRES_PASSWORD", "desk_ci");
        String schema = "setup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path work = Path.of("target/browser-it/setup-" + UUID.randomUUID());
        Path shots = Path.of("target/setup-screenshots");
        Files.createDirectories(shots);
        int hz = TestNodes.freePort();
        List<String> args = new ArrayList<>(JarNode.args(
                "spring.profiles.active=postgres",
                "spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username=" + user,
                "spring.datasource.password=" + password,
                "spring.flyway.schemas=" + schema,
                "desk.accounts.initial-admin-password=" + ADMIN_PASSWORD,
                "desk.cluster.name=desk-setup-" + UUID.randomUUID(),
                "desk.cluster.members=127.0.0.1:" + hz,
                "desk.cluster.port=" + hz,
                "desk.cluster.bind-interface=127.0.0.1"));
        try (JarNode node = JarNode.start(jar, work, "node-a", TestNodes.freePort(), args)) {
            ProcessBuilder browser = BrowserTests.script("setup-region.mjs");
            browser.environment().put("ADMIN_PASSWORD", ADMIN_PASSWORD);
            BrowserTests.ScriptRun run = BrowserTests.runAgainst(browser, node, node, shots, 300);
            String output = run.output();
            System.out.println("[desk-pilkada] setup browser test: " + output.strip());
            assertThat(run.exitValue()).as(output).isZero();
            assertThat(output)
                    .contains(
                            "\"firstPasswordReplaced\":true",
                            "\"otherRegionsPosts\":0",
                            "\"defaultPosts\":28",
                            "\"unitsImported\":4",
                            "\"accountsInSheet\":58",
                            "\"passwordsFileRows\":58",
                            "\"shiftsCopiedToPosts\":27",
                            "\"wallPosts\":28",
                            "\"wallElection\":\"Pemilihan Gubernur dan Wakil Gubernur Jawa Barat 2018\"",
                            "\"wallMapAreas\":27",
                            "\"stepsDoneAtEnd\":7",
                            "\"kecamatan\":\"Bandung Wetan\"",
                            "\"wallIssuesKotaBandung\":1");
            assertThat(shots.resolve("setup-6-wall-with-issue.png")).exists();
        } finally {
            try (Connection db = DriverManager.getConnection(url, user, password);
                    Statement drop = db.createStatement()) {
                drop.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
