package id.go.jakarta.deskpilkada;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** What the browser tests need and how they start their Playwright scripts. */
final class BrowserTests {

    static final Path DIR = Path.of("src/test/browser");
    static final String MISSING = "Browser test skipped: needs Chromium at /usr/bin/chromium (or CHROMIUM) and "
            + "playwright-core in src/test/browser (npm ci there); .ci/run installs both";

    private BrowserTests() {
    }

    static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    }

    static boolean available() {
        return Files.isExecutable(chromium()) && Files.isDirectory(DIR.resolve("node_modules/playwright-core"));
    }

    static boolean productionJar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().noneMatch(e -> e.getName().startsWith("BOOT-INF/lib/vaadin-dev-server"));
        }
    }

    /** A Node process running one of the scripts in {@code src/test/browser}. */
    static ProcessBuilder script(String name) {
        ProcessBuilder builder = new ProcessBuilder(System.getenv().getOrDefault("DESK_NODE", "node"), name)
                .directory(DIR.toFile());
        builder.environment().put("CHROMIUM", chromium().toString());
        return builder;
    }
}
