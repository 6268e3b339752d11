package id.go.jakarta.deskpilkada.issues;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

/** The issue list as CSV and XLSX: the actor's scope, every matching row once, inert formulas. */
@SpringBootTest
@ActiveProfiles("test")
class IssueExportTests {

    static final String GAMBIR_KEL = "31.71.01.1001";
    static final String MENTENG_KEL = "31.71.06.1001";
    static final String KELAPA_GADING_TIMUR = "31.72.06.1001";

    @Autowired
    IssueExport export;

    @Autowired
    IssueService issues;

    @Autowired
    StaffService staff;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_csv_of_a_filter_has_the_header_and_exactly_the_matching_rows_the_actor_may_see() throws IOException {
        String marker = marker();
        SignIn.as(context, "ketua.jakpus");
        IssueInfo kritis =
                issues.file(form("Massa berkumpul " + marker, "KAMTIBMAS", Severity.KRITIS, GAMBIR_KEL), null);
        IssueInfo rendah =
                issues.file(form("Spanduk liar " + marker, "KAMPANYE_APK", Severity.RENDAH, MENTENG_KEL), null);
        IssueInfo verified = issues.verify(rendah.id(), rendah.version());
        issues.refer(
                verified.id(),
                verified.version(),
                staff.unitByCode("POLDA").orElseThrow().id(),
                null);
        SignIn.as(context, "sekda");
        IssueInfo jakut = issues.file(
                form("Kotak suara basah " + marker, "LOGISTIK", Severity.SEDANG, KELAPA_GADING_TIMUR), null);

        SignIn.as(context, "ketua.jakpus");
        IssueFilter filter = IssueFilter.ALL.withText(marker);
        List<CSVRecord> rows = csv(filter);
        assertThat(rows.getFirst().toList()).isEqualTo(IssueExport.COLUMNS);
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> Long.parseLong(r.get(0)))
                .containsExactly(rendah.id(), kritis.id());
        CSVRecord referred = rows.get(1);
        assertThat(referred.get(2)).isEqualTo("Spanduk liar " + marker);
        assertThat(referred.get(5)).isEqualTo("Rendah");
        assertThat(referred.get(6)).isEqualTo("Ditangani");
        assertThat(referred.get(7)).isEqualTo("Jakarta Pusat");
        assertThat(referred.get(8)).isEqualTo("Menteng");
        assertThat(referred.get(16)).isEqualTo("Kepolisian Daerah Metro Jaya");
        assertThat(referred.get(1)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        assertThat(csv(filter.withSeverities(java.util.Set.of(Severity.KRITIS))))
                .hasSize(2);
        SignIn.as(context, "sekda");
        assertThat(csv(filter).subList(1, 4))
                .extracting(r -> Long.parseLong(r.get(0)))
                .containsExactly(jakut.id(), rendah.id(), kritis.id());
        SignIn.as(context, "polda");
        assertThat(csv(filter).subList(1, 2))
                .extracting(r -> Long.parseLong(r.get(0)))
                .containsExactly(rendah.id());
        assertThat(csv(filter)).hasSize(2);
    }

    @Test
    void the_xlsx_opens_with_poi_and_holds_the_same_rows_with_times_as_dates() throws IOException {
        String marker = marker();
        SignIn.as(context, "ketua.jakpus");
        List<Long> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.addFirst(issues.file(
                            form("Logistik terlambat " + i + " " + marker, "LOGISTIK", Severity.TINGGI, GAMBIR_KEL),
                            null)
                    .id());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(IssueFilter.ALL.withText(marker), TableFormat.XLSX, out, n -> {});

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Permasalahan");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(header.getCell(19).getStringCellValue()).isEqualTo("alasan tolak");
            List<Long> ids = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.getRow(r);
                ids.add((long) row.getCell(0).getNumericCellValue());
                assertThat(row.getCell(1).getLocalDateTimeCellValue()).isNotNull();
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Tinggi");
                assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Gambir");
            }
            assertThat(ids).isEqualTo(filed);
        }
    }

    @Test
    void a_title_that_looks_like_a_formula_is_written_as_inert_text() throws IOException {
        String marker = marker();
        SignIn.as(context, "ketua.jakpus");
        String title = "=HYPERLINK(\"http://contoh.test\";\"klik\") " + marker;
        issues.file(
                new IssueForm(
                        title,
                        "@SUM(1+1)",
                        category("LAINNYA"),
                        Severity.SEDANG,
                        null,
                        null,
                        GAMBIR_KEL,
                        null,
                        "-2+3 Jl. Kebon Sirih",
                        IssueSource.HOTLINE,
                        null),
                null);
        IssueFilter filter = IssueFilter.ALL.withText(marker);

        CSVRecord row = csv(filter).get(1);
        assertThat(row.get(2)).isEqualTo("'" + title);
        assertThat(row.get(3)).isEqualTo("'@SUM(1+1)");
        assertThat(row.get(11)).isEqualTo("'-2+3 Jl. Kebon Sirih");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(filter, TableFormat.XLSX, out, n -> {});
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Cell cell = workbook.getSheetAt(0).getRow(1).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(title);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void rows_are_read_in_batches_without_loss_or_repeat_and_progress_reaches_the_row_count() throws IOException {
        String marker = marker();
        SignIn.as(context, "ketua.jakpus");
        for (int i = 0; i < 7; i++) {
            issues.file(form("Pemilih ganda " + i + " " + marker, "DPT", Severity.SEDANG, GAMBIR_KEL), null);
        }
        IssueFilter filter = IssueFilter.ALL.withText(marker);
        List<Long> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(filter, TableFormat.CSV, out, progress::add, 3);

        List<Long> expected = issues.find(filter, 0, 50, Sort.unsorted()).stream()
                .map(IssueInfo::id)
                .toList();
        assertThat(expected).hasSize(7);
        assertThat(parse(out.toByteArray()).subList(1, 8))
                .extracting(r -> Long.parseLong(r.get(0)))
                .containsExactlyElementsOf(expected);
        assertThat(progress).containsExactly(3L, 6L, 7L);

        List<Long> once = new ArrayList<>();
        export.write(filter, TableFormat.XLSX, new ByteArrayOutputStream(), once::add);
        assertThat(once).last().isEqualTo(7L);
    }

    private List<CSVRecord> csv(IssueFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(filter, TableFormat.CSV, out, n -> {});
        return parse(out.toByteArray());
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        try (Reader reader =
                new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    private static String marker() {
        return "ekspor"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    private IssueForm form(String title, String categoryCode, Severity severity, String kelurahan) {
        return new IssueForm(
                title,
                null,
                category(categoryCode),
                severity,
                null,
                null,
                kelurahan,
                null,
                null,
                IssueSource.POSKO,
                null);
    }

    private long category(String code) {
        return issues.categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
