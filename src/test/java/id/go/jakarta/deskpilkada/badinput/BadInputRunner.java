package id.go.jakarta.deskpilkada.badinput;

import id.go.jakarta.deskpilkada.badinput.BadCase.Category;
import id.go.jakarta.deskpilkada.badinput.BadCase.Outcome;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;

/**
 * Runs generated bad inputs against a running application, one at a time, and checks each: no
 * 500 (nor any exception a service was not meant to throw), no row of any table changed by a
 * case that was refused (every table is hashed row by row after each case and compared with the
 * state before it), and a clear message with every refusal.
 */
final class BadInputRunner {

    /** What a run found. */
    static final class Report {
        final long seed;
        final int families;
        final Map<Category, int[]> byCategory = new EnumMap<>(Category.class);
        final Map<String, Integer> byTarget = new TreeMap<>();
        final Map<Integer, Integer> apiStatus = new TreeMap<>();
        final Map<Integer, Integer> serviceStatus = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        final List<String> unclear = new ArrayList<>();
        int cases;
        int failed;
        int rowsChanged;
        int casesChangingRows;
        int missingMessages;
        int accepted;
        int rejected;
        long millis;
        long checkNanos;
        int tables;

        Report(long seed, int families) {
            this.seed = seed;
            this.families = families;
        }

        void print(PrintStream out) {
            out.printf(
                    "Bad-input campaign: %d cases, seed %d, %d case families, %d tables checked after every case%n",
                    cases, seed, families, tables);
            out.printf("%-22s %7s %9s %9s %7s%n", "category", "cases", "refused", "accepted", "failed");
            byCategory.forEach((c, n) -> out.printf("%-22s %7d %9d %9d %7d%n", c, n[0], n[1], n[2], n[3]));
            out.printf("%-22s %7d %9d %9d %7d%n", "total", cases, rejected, accepted, failed);
            out.println("API answers by status: " + apiStatus);
            out.println(
                    "service answers by status (400 invalid, 403 forbidden, 404 not found, 409 conflict, 200 done): "
                            + serviceStatus);
            out.println("cases per target: " + byTarget);
            out.printf("HTTP 500s and unexpected exceptions: %d%n", failed);
            out.printf("rows changed by refused cases: %d (in %d cases)%n", rowsChanged, casesChangingRows);
            out.printf("refusals without a clear message: %d%n", missingMessages);
            out.printf(
                    "duration: %.1f s (%.1f ms per case), of which checking every table after each case %.1f s%n",
                    millis / 1000.0, cases == 0 ? 0 : (double) millis / cases, checkNanos / 1e9);
            failures.stream().limit(30).forEach(f -> out.println("FAILED " + f));
            changes.stream().limit(30).forEach(f -> out.println("CHANGED " + f));
            unclear.stream().limit(30).forEach(f -> out.println("UNCLEAR " + f));
        }
    }

    private final BadInputHarness harness;
    private final TableChecksums tables;

    BadInputRunner(ApplicationContext context, int port) throws Exception {
        this.harness = new BadInputHarness(context, port);
        this.tables = new TableChecksums(context.getBean(DataSource.class));
        harness.fixture = new BadInputFixture(harness);
    }

    Report run(long seed, int count) throws Exception {
        BadInputGenerator generator = new BadInputGenerator(harness.fixture);
        List<BadCase> cases = generator.generate(seed, count);
        Report report = new Report(seed, generator.families());
        report.tables = tables.tables().size();
        long start = System.currentTimeMillis();
        Map<String, long[]> before = tables.snapshot();
        for (BadCase c : cases) {
            Outcome outcome;
            try {
                outcome = c.step().run(harness);
            } catch (Exception | Error e) {
                outcome = Outcome.failed(false, 500, "the case itself broke: " + e);
            }
            long checkStart = System.nanoTime();
            Map<String, long[]> after = tables.snapshot();
            Map<String, Integer> diff = TableChecksums.diff(before, after);
            before = after;
            report.checkNanos += System.nanoTime() - checkStart;
            tally(report, c, outcome, diff);
        }
        report.millis = System.currentTimeMillis() - start;
        return report;
    }

    private static void tally(Report report, BadCase c, Outcome outcome, Map<String, Integer> diff) {
        report.cases++;
        report.byTarget.merge(c.target(), 1, Integer::sum);
        int[] row = report.byCategory.computeIfAbsent(c.category(), k -> new int[4]);
        row[0]++;
        (outcome.api() ? report.apiStatus : report.serviceStatus).merge(outcome.status(), 1, Integer::sum);
        String name = "#" + c.number() + " " + c.category() + " " + c.target() + " [" + c.label() + "]";
        switch (outcome.kind()) {
            case ACCEPTED -> {
                row[2]++;
                report.accepted++;
            }
            case REJECTED -> {
                row[1]++;
                report.rejected++;
                if (outcome.unclear() != null) {
                    report.missingMessages++;
                    report.unclear.add(name + ": " + outcome.unclear());
                }
            }
            case FAILED -> {
                row[3]++;
                report.failed++;
                report.failures.add(name + ": " + outcome.key());
            }
        }
        if (outcome.kind() != Outcome.Kind.ACCEPTED && !diff.isEmpty()) {
            int rows = diff.values().stream().mapToInt(Integer::intValue).sum();
            report.rowsChanged += rows;
            report.casesChangingRows++;
            report.changes.add(name + " " + outcome.status() + " " + outcome.key() + ": " + diff);
        }
    }
}
