package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.issues.internal.IssueSnapshot;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds N issues (default 100,000) and measures what the issue screens and exports cost: the
 * grid's first page (count + 50 rows, as the lazy grid asks) for several filters and sorts, a deep
 * page, the public counts the wall and board read after every change, and the full CSV and XLSX
 * exports with the heap they hold. A program that prints JSON lines, not a test: run it with {@code bench/issues.sh}.
 * With {@code DESK_TEST_POSTGRES_URL} (and _USERNAME/_PASSWORD) set and "postgres" given, it runs
 * against PostgreSQL (the database is emptied of issues first); otherwise an in-memory H2.
 */
public final class IssueBenchmark {

    private IssueBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean postgres = args.length > 2 && "postgres".equals(args[2]);
        List<String> options = new ArrayList<>(List.of(
                "--spring.profiles.active=test" + (postgres ? ",postgres" : ""),
                "--logging.level.root=WARN",
                "--logging.level.id.go.jakarta.deskpilkada=WARN",
                "--server.port=0",
                "--desk.demo.enabled=true"));
        if (postgres) {
            options.add("--spring.datasource.url=" + System.getenv("DESK_TEST_POSTGRES_URL"));
            options.add("--spring.datasource.username=" + System.getenv("DESK_TEST_POSTGRES_USERNAME"));
            options.add("--spring.datasource.password=" + System.getenv("DESK_TEST_POSTGRES_PASSWORD"));
        }
        var app = new org.springframework.boot.SpringApplication(id.go.jakarta.deskpilkada.Application.class);
        try (ConfigurableApplicationContext context = app.run(options.toArray(String[]::new))) {
            String database = postgres ? "PostgreSQL" : "H2 (in memory)";
            long seedMillis = seed(context, count);
            System.out.printf("{\"database\":\"%s\",\"issues\":%d,\"seedMillis\":%d}%n", database, count, seedMillis);
            IssueService issues = context.getBean(IssueService.class);
            SignIn.as(context, "sekda");
            Sort newest = Sort.unsorted();
            Sort worst = Sort.by(Sort.Order.desc("severityRank"), Sort.Order.desc("reportedAt"));
            measure(
                    database,
                    "grid first page, no filter, newest first",
                    rounds,
                    () -> page(issues, IssueFilter.ALL, 0, newest));
            measure(
                    database,
                    "grid first page, open kritis+tinggi, worst first",
                    rounds,
                    () -> page(
                            issues,
                            IssueFilter.ALL.withOpenOnly(true).withSeverities(Set.of(Severity.KRITIS, Severity.TINGGI)),
                            0,
                            worst));
            measure(
                    database,
                    "grid first page, one wilayah and category, last 30 days",
                    rounds,
                    () -> page(
                            issues,
                            IssueFilter.ALL
                                    .withWilayah("31.74")
                                    .withCategory(issues.categories().get(5).id())
                                    .withDays(
                                            Wib.today(java.time.Clock.systemUTC())
                                                    .minusDays(30),
                                            null),
                            0,
                            newest));
            measure(
                    database,
                    "grid first page, free text",
                    rounds,
                    () -> page(issues, IssueFilter.ALL.withText("genangan"), 0, newest));
            measure(
                    database,
                    "grid page at offset 50000, sorted by severity",
                    rounds,
                    () -> page(issues, IssueFilter.ALL, 50_000, worst));
            SignIn.as(context, "ketua.jaksel");
            measure(
                    database,
                    "grid first page as a wilayah chief (scoped), newest first",
                    rounds,
                    () -> page(issues, IssueFilter.ALL, 0, newest));
            IssueSnapshot snapshot = context.getBean(IssueSnapshot.class);
            measure(
                    database,
                    "public counts (wall, board) recomputed after a change",
                    rounds,
                    () -> snapshot.compute().totalOpen());
            SignIn.as(context, "sekda");
            IssueExport export = context.getBean(IssueExport.class);
            // Each format twice: the first run also warms the code up.
            for (TableFormat format : List.of(TableFormat.CSV, TableFormat.XLSX, TableFormat.CSV, TableFormat.XLSX)) {
                AtomicLong bytes = new AtomicLong();
                AtomicLong rows = new AtomicLong();
                System.gc();
                double heapBefore =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                export.write(IssueFilter.ALL, format, new Counting(bytes), rows::set);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf(
                        "{\"database\":\"%s\",\"measure\":\"export %s of all %d issues\",\"rows\":%d,"
                                + "\"megabytes\":%.1f,\"millis\":%d,\"heapBeforeMB\":%.0f,\"oldGenPeakMB\":%.0f}%n",
                        database,
                        format,
                        count,
                        rows.get(),
                        bytes.get() / 1e6,
                        millis,
                        heapBefore / 1e6,
                        oldGenerationPeak() / 1e6);
            }
        } finally {
            SignIn.out();
        }
    }

    /** What the lazy grid asks when it shows a page: the row count, then the rows. */
    private static long page(IssueService issues, IssueFilter filter, int offset, Sort sort) {
        long total = issues.count(filter);
        return total + issues.find(filter, offset, 50, sort).size();
    }

    private static void measure(String database, String what, int rounds, Supplier<?> work) {
        for (int warm = 0; warm < Math.max(3, rounds / 4); warm++) {
            work.get();
        }
        long[] nanos = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            work.get();
            nanos[r] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "{\"database\":\"%s\",\"measure\":\"%s\",\"rounds\":%d,\"medianMillis\":%.1f,"
                        + "\"p95Millis\":%.1f,\"maxMillis\":%.1f}%n",
                database,
                what,
                rounds,
                nanos[rounds / 2] / 1e6,
                nanos[Math.min(rounds - 1, rounds * 95 / 100)] / 1e6,
                nanos[rounds - 1] / 1e6);
    }

    /** Inserts the issues with JDBC batches: places, categories, severities and states spread like a busy election. */
    private static long seed(ConfigurableApplicationContext context, int count) {
        long t0 = System.nanoTime();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("delete from issue_intake_key");
        jdbc.update("delete from issue_attachment");
        jdbc.update("delete from issue_event");
        jdbc.update("delete from issue_aud");
        jdbc.update("delete from issue");
        WilayahService wilayah = context.getBean(WilayahService.class);
        List<WilayahArea> kelurahan = CurrentActor.asSystem(() -> wilayah.kabKota("31").stream()
                .flatMap(k -> wilayah.desaOf(k.code()).stream())
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList());
        Map<String, Long> owner = context.getBean(PoskoService.class).tiles().stream()
                .collect(Collectors.toMap(PoskoTile::wilayahCode, PoskoTile::id));
        List<Long> categories = jdbc.queryForList("select id from issue_category order by sort_order", Long.class);
        List<Long> units = jdbc.queryForList("select id from unit order by id", Long.class);
        String[] words = {
            "Genangan air di lokasi TPS",
            "Spanduk paslon dipasang di pohon",
            "Warga tidak terdaftar di DPT",
            "Dugaan pembagian uang",
            "Kotak suara tiba terlambat",
            "Massa berkumpul",
            "Kabar bohong di grup percakapan",
            "ASN menghadiri kampanye",
            "Listrik padam di TPS",
            "Surat suara kurang"
        };
        Random random = new Random(2017);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int batch = 2_000;
        for (int start = 0; start < count; start += batch) {
            int size = Math.min(batch, count - start);
            int first = start;
            jdbc.batchUpdate(
                    "insert into issue (title, description, category_id, severity, severity_rank, status,"
                            + " wilayah_code, kecamatan_code, kelurahan_code, tps, address, election_id, stage_seq, source,"
                            + " reporter, posko_id, escalated, assigned_unit_id, rejection, reported_at, reported_day,"
                            + " referred_at, acknowledged_at, overdue_at, resolved_at, resolved_day, updated_at, version)"
                            + " values (?,?,?,?,?,?,?,?,?,?,?,null,?,?,?,?,false,?,?,?,?,?,?,null,?,?,?,0)",
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            int n = first + i;
                            WilayahArea kel = kelurahan.get(random.nextInt(kelurahan.size()));
                            WilayahArea kec = wilayah.find(kel.parentCode()).orElseThrow();
                            String wilayah = kec.parentCode();
                            Severity severity = Severity.values()[weighted(random, 40, 35, 20, 5)];
                            IssueStatus status = IssueStatus.values()[weighted(random, 4, 4, 7, 70, 15)];
                            Instant reported = now.minusSeconds(random.nextLong(120L * 24 * 3600));
                            boolean referred = status == IssueStatus.DITANGANI || status == IssueStatus.SELESAI;
                            Instant referredAt = referred ? reported.plusSeconds(600) : null;
                            Instant resolved =
                                    status.open() ? null : reported.plusSeconds(3600 + random.nextInt(86_400));
                            ps.setString(1, words[n % words.length] + " #" + n);
                            ps.setString(2, "Laporan uji beban nomor " + n + " di " + kel.name());
                            ps.setLong(3, categories.get(random.nextInt(categories.size())));
                            ps.setString(4, severity.name());
                            ps.setShort(5, (short) severity.ordinal());
                            ps.setString(6, status.name());
                            ps.setString(7, wilayah);
                            ps.setString(8, kec.code());
                            ps.setString(9, kel.code());
                            ps.setString(10, String.valueOf(1 + random.nextInt(60)));
                            ps.setString(11, null);
                            ps.setInt(12, 1 + random.nextInt(8));
                            ps.setString(13, IssueSource.values()[random.nextInt(IssueSource.values().length)].name());
                            ps.setString(14, "Uji beban");
                            ps.setLong(15, owner.getOrDefault(wilayah, owner.get("31")));
                            if (referred) {
                                ps.setLong(16, units.get(random.nextInt(units.size())));
                            } else {
                                ps.setNull(16, java.sql.Types.BIGINT);
                            }
                            ps.setString(17, status == IssueStatus.DITOLAK ? Rejection.DUPLIKAT.name() : null);
                            ps.setTimestamp(18, Timestamp.from(reported));
                            ps.setDate(19, Date.valueOf(Wib.day(reported)));
                            ps.setTimestamp(20, referredAt == null ? null : Timestamp.from(referredAt));
                            ps.setTimestamp(
                                    21,
                                    referredAt == null || random.nextInt(10) == 0
                                            ? null
                                            : Timestamp.from(referredAt.plusSeconds(300)));
                            ps.setTimestamp(22, resolved == null ? null : Timestamp.from(resolved));
                            ps.setDate(23, resolved == null ? null : Date.valueOf(Wib.day(resolved)));
                            ps.setTimestamp(24, Timestamp.from(resolved == null ? reported : resolved));
                        }

                        @Override
                        public int getBatchSize() {
                            return size;
                        }
                    });
        }
        context.getBean(IssueSnapshot.class).rebuild();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** What survived collections while the export ran (young generation peaks are only the allocation rate). */
    private static double oldGenerationPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static int weighted(Random random, int... weights) {
        int total = Arrays.stream(weights).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Counts what an export writes and throws it away. */
    private static final class Counting extends OutputStream {
        private final AtomicLong bytes;

        Counting(AtomicLong bytes) {
            this.bytes = bytes;
        }

        @Override
        public void write(int b) {
            bytes.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
        }
    }
}
