package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.Application;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahLevel;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the issue export takes for many rows: seeds the test profile's in-memory H2 database
 * with the given number of issues (plain JDBC batches), then writes them as CSV and as XLSX to a
 * stream that only counts bytes, as leadership (every issue). Prints one JSON line per format with
 * the time, the size, the heap in use before and the old generation's peak during the export. A
 * program that prints numbers, not a test: run it with {@code bench/export.sh [rows]}.
 */
public final class IssueExportBenchmark {

    private static final String INSERT = "insert into issue (title, description, category_id, severity, severity_rank,"
            + " status, wilayah_code, kecamatan_code, kelurahan_code, tps, address, source, reporter, posko_id,"
            + " assigned_unit_id, reported_at, reported_day, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private IssueExportBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SpringApplication app = new SpringApplication(Application.class);
        try (ConfigurableApplicationContext context = app.run("--spring.profiles.active=test",
                "--logging.level.root=WARN", "--logging.level.id.go.jakarta.deskpilkada=WARN", "--server.port=0")) {
            long t0 = System.nanoTime();
            seed(context, rows);
            System.out.printf("{\"seeded\":%d,\"seconds\":%.1f}%n", rows, (System.nanoTime() - t0) / 1e9);
            SignIn.as(context, "sekda");
            IssueExport export = context.getBean(IssueExport.class);
            for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.XLSX)) {
                System.gc();
                double before = heapUsed();
                resetPeaks();
                Counting out = new Counting();
                long[] progress = {0, 0};
                long start = System.nanoTime();
                export.write(IssueFilter.ALL, format, out, n -> {
                    progress[0] = n;
                    progress[1]++;
                });
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("{\"format\":\"%s\",\"rows\":%d,\"progressCalls\":%d,\"seconds\":%.2f,"
                                + "\"rowsPerSecond\":%.0f,\"megabytes\":%.1f,\"heapBeforeMB\":%.0f,\"oldGenPeakMB\":%.0f}%n", format,
                        progress[0], progress[1], seconds, progress[0] / seconds, out.bytes / 1e6, before / 1e6,
                        peakHeap() / 1e6);
            }
            SignIn.out();
        }
    }

    private static void seed(ConfigurableApplicationContext context, int rows) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<Long> categories = jdbc.queryForList("select id from issue_category", Long.class);
        List<Long> units = jdbc.queryForList("select id from unit", Long.class);
        Map<String, WilayahArea> areas = context.getBean(WilayahService.class).all();
        List<WilayahArea> kelurahan = areas.values().stream().filter(a -> a.level() == WilayahLevel.KELURAHAN).toList();
        Map<String, Long> owners = context.getBean(PoskoService.class).tiles().stream()
                .filter(p -> p.level() == PoskoLevel.WILAYAH)
                .collect(Collectors.toMap(PoskoTile::wilayahCode, PoskoTile::id));
        Severity[] severities = Severity.values();
        IssueStatus[] statuses = IssueStatus.values();
        IssueSource[] sources = IssueSource.values();
        Random random = new Random(42);
        Instant now = Instant.now();
        int batch = 1000;
        for (int done = 0; done < rows; done += batch) {
            int size = Math.min(batch, rows - done);
            int base = done;
            jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    int n = base + i;
                    WilayahArea kel = kelurahan.get(random.nextInt(kelurahan.size()));
                    WilayahArea kec = areas.get(kel.parentCode());
                    String wilayah = kec.parentCode();
                    Severity severity = severities[random.nextInt(severities.length)];
                    IssueStatus status = statuses[random.nextInt(statuses.length)];
                    OffsetDateTime at = OffsetDateTime.ofInstant(now.minusSeconds(n * 7L), ZoneOffset.UTC);
                    ps.setString(1, (n % 97 == 0 ? "=HYPERLINK(\"x\") " : "") + "Permasalahan uji nomor " + n);
                    ps.setString(2, "Uraian permasalahan uji; warga melaporkan kejadian di sekitar TPS, "
                            + "petugas posko mencatat dan meneruskan ke instansi terkait. Nomor " + n);
                    ps.setLong(3, categories.get(random.nextInt(categories.size())));
                    ps.setString(4, severity.name());
                    ps.setShort(5, (short) severity.ordinal());
                    ps.setString(6, status.name());
                    ps.setString(7, wilayah);
                    ps.setString(8, kec.code());
                    ps.setString(9, kel.code());
                    ps.setString(10, String.valueOf(1 + random.nextInt(60)));
                    ps.setString(11, "Jl. Uji No. " + n);
                    ps.setString(12, sources[random.nextInt(sources.length)].name());
                    ps.setString(13, "Petugas uji");
                    ps.setLong(14, owners.getOrDefault(wilayah, owners.values().iterator().next()));
                    if (status == IssueStatus.DITANGANI || status == IssueStatus.SELESAI) {
                        ps.setLong(15, units.get(random.nextInt(units.size())));
                    } else {
                        ps.setNull(15, java.sql.Types.BIGINT);
                    }
                    ps.setObject(16, at);
                    ps.setObject(17, Wib.day(at.toInstant()));
                    ps.setObject(18, at);
                }

                @Override
                public int getBatchSize() {
                    return size;
                }
            });
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double peakHeap() {
        // The old generation's peak: what survived collections while the export ran (young
        // generation peaks are only the allocation rate).
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Discards what is written, counting it. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
