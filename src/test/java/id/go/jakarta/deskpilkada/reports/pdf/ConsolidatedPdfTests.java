package id.go.jakarta.deskpilkada.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.device.DeviceOutage;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ConsolidatedReport;
import id.go.jakarta.deskpilkada.reports.ReportFacts;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportStatus;
import id.go.jakarta.deskpilkada.reports.ReportText;
import id.go.jakarta.deskpilkada.reports.internal.ReportSchedule;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The consolidated daily report: what it gathers, and its PDF read back with PDFBox. */
@SpringBootTest
@ActiveProfiles("test")
class ConsolidatedPdfTests {

    @Autowired
    ReportService reports;

    @Autowired
    ConsolidatedPdf pdf;

    @Autowired
    ReportSchedule schedule;

    @Autowired
    PoskoService posko;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long post(String code) {
        return posko.tiles().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .map(PoskoTile::id)
                .orElseThrow();
    }

    private ReportInfo submit(String chief, String code, Instant due, String kamtibmas) {
        SignIn.as(context, chief);
        ReportInfo draft = reports.start(post(code), due);
        return reports.submit(
                draft.id(),
                draft.version(),
                new ReportText(
                        kamtibmas,
                        "Rekapitulasi suara tingkat PPK",
                        "Kondusif",
                        "Patroli gabungan",
                        "Tambahan genset"));
    }

    @Test
    void the_daily_report_gathers_the_wilayah_reports_of_the_provincial_period_and_its_pdf_reads_back()
            throws Exception {
        LocalDate day = Wib.today(clock).minusDays(9);
        Instant noonBefore =
                schedule.duesOf(PoskoLevel.WILAYAH, day.minusDays(1)).get(1);
        Instant midnightBefore =
                schedule.duesOf(PoskoLevel.WILAYAH, day.minusDays(1)).get(3);
        Instant noonAfter = schedule.duesOf(PoskoLevel.WILAYAH, day).get(1);
        submit("ketua.jakpus", "JAKPUS", noonBefore, "Unjuk rasa damai di depan kantor KPU Jakarta Pusat");
        submit(
                "ketua.jaktim",
                "JAKTIM",
                midnightBefore,
                "Situasi aman. " + "Patroli malam berjalan lancar. ".repeat(120));
        submit("ketua.jaktim", "JAKTIM", noonAfter, "Di luar periode");
        submit(
                "ketua.balaikota",
                "BALAIKOTA",
                schedule.duesOf(PoskoLevel.PROVINSI, day).getFirst(),
                "Secara umum kondusif di enam wilayah");

        SignIn.as(context, "sekda");
        ConsolidatedReport report = reports.consolidated(day);
        assertThat(report.provincial()).isNotNull();
        assertThat(report.provincial().text().kamtibmas()).isEqualTo("Secara umum kondusif di enam wilayah");
        assertThat(report.of(post("JAKPUS"))).hasSize(1);
        assertThat(report.of(post("JAKTIM"))).extracting(ReportInfo::dueAt).containsExactly(midnightBefore);

        List<Integer> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(report, out, progress::add);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).as("the long Jakarta Timur report runs over").isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertThat(first)
                    .contains("Laporan Situasi Harian Posko Pilkada")
                    .as("the active election names the desk")
                    .contains("Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2017")
                    .contains("Ringkasan Posko Balai Kota")
                    .contains("Secara umum kondusif di enam wilayah")
                    .contains("Permasalahan baru per wilayah dan tingkat keparahan")
                    .contains("Kritis")
                    .contains("Halaman 1 dari " + pages)
                    .contains("Dibuat " + Wib.dateTime(report.generatedAt(), java.util.Locale.forLanguageTag("id")));
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(doc);
            assertThat(all)
                    .contains("Posko Jakarta Pusat")
                    .contains("Unjuk rasa damai di depan kantor KPU Jakarta Pusat")
                    .contains("Posko Jakarta Timur")
                    .contains("Halaman " + pages + " dari " + pages)
                    .contains("Tambahan genset")
                    .doesNotContain("Di luar periode")
                    .contains("Petugas selama periode: ")
                    .contains("Kekurangan petugas selama periode: ")
                    .contains("Perangkat mati selama periode:")
                    .as("a real report is not marked as an exercise")
                    .doesNotContain(ConsolidatedPdf.EXERCISE);
        }
    }

    @Test
    void the_periods_staffing_and_outages_print_and_every_page_of_an_exercise_report_says_it_is_an_exercise()
            throws Exception {
        LocalDate day = LocalDate.of(2017, 2, 15);
        Instant due = schedule.duesOf(PoskoLevel.WILAYAH, day).get(1);
        Instant start = due.minus(Duration.ofHours(6));
        Instant at9 = start.plus(Duration.ofHours(3));
        long jakpus = post("JAKPUS");
        PeriodCoverage staffing = new PeriodCoverage(
                jakpus,
                start,
                due,
                List.of(new PeriodCoverage.ShiftPeriod(
                        1, "Pagi", start.plus(Duration.ofHours(1)), due.plus(Duration.ofHours(1)), 3, 2, 1, 0)),
                List.of(new PeriodCoverage.Gap("Pagi", start.plus(Duration.ofHours(1)), due, 1, true)),
                300);
        List<DeviceOutage> outages = List.of(
                new DeviceOutage(1, "CCTV Bundaran HI", at9, at9.plus(Duration.ofMinutes(45))),
                new DeviceOutage(2, "CCTV Tanah Abang", at9.plus(Duration.ofHours(1)), null));
        ReportFacts facts = new ReportFacts(
                "Pemungutan suara",
                2,
                3,
                true,
                Map.of(Severity.KRITIS, 1),
                Map.of(),
                List.of(),
                List.of(),
                List.of("CCTV Tanah Abang"),
                staffing,
                outages);
        ReportInfo report = new ReportInfo(
                99,
                jakpus,
                due,
                start,
                1,
                null,
                ReportStatus.SUBMITTED,
                new ReportText("Latihan: " + "massa berkumpul di depan kantor KPU. ".repeat(150), "-", "-", "-", "-"),
                facts,
                null,
                "Ketua",
                due,
                "Ketua",
                due,
                false,
                null,
                null,
                due,
                1);
        ConsolidatedReport consolidated =
                new ConsolidatedReport(day, start, due, null, List.of(report), posko.tiles(), due, true, null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(consolidated, out, n -> {});
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).as("the long report runs over").isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertThat(text.split(ConsolidatedPdf.EXERCISE, -1))
                        .as("header and footer of page " + page)
                        .hasSize(3);
            }
            String all = new PDFTextStripper().getText(doc);
            assertThat(all)
                    .contains("LATIHAN - BUKAN KEJADIAN SEBENARNYA")
                    .contains("Petugas hadir 2 dari 3 (kurang) saat laporan ditulis")
                    .contains("Petugas selama periode: 2 dari 3 tempat terisi, 1 tidak hadir, 0 izin")
                    .contains("- Pagi (07:00 WIB\u201313:00 WIB): hadir 2 dari 3, tidak hadir 1, izin 0")
                    .contains("Kekurangan petugas selama periode: 300 menit")
                    .contains("- Pagi: sejak 07:00 WIB, masih berlangsung (300 menit, kurang 1 orang)")
                    .contains(
                            "Perangkat mati selama periode:\n- CCTV Bundaran HI: mati 09:00 WIB, hidup lagi 09:45 WIB")
                    .contains("- CCTV Tanah Abang: mati sejak 10:00 WIB, masih mati");
        }
    }

    @Test
    void a_day_without_reports_still_gives_a_pdf_that_says_so() throws Exception {
        SignIn.as(context, "ketua.balaikota");
        ConsolidatedReport report = reports.consolidated(Wib.today(clock).minusDays(40));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(report, out, n -> {});
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Laporan Posko Balai Kota untuk periode ini belum dikirim.")
                    .contains("Tidak ada laporan yang dikirim untuk periode ini.")
                    .contains("Halaman 1 dari 1");
        }
    }

    @Test
    void text_outside_winansi_reads_back_exactly_and_what_the_font_lacks_becomes_a_question_mark() throws Exception {
        LocalDate day = Wib.today(clock).minusDays(12);
        String narrative = "Situasi ≥ normal → aman, Łódź, Şahin, Россия, „kutip” – € 5";
        submit(
                "ketua.balaikota",
                "BALAIKOTA",
                schedule.duesOf(PoskoLevel.PROVINSI, day).getFirst(),
                narrative + "\nTamu dari 北京 😀 tiba");

        SignIn.as(context, "sekda");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(reports.consolidated(day), out, n -> {});

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<String> fonts = new ArrayList<>();
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts)
                    .as("embedded subsets")
                    .hasSize(2)
                    .allMatch(font -> font.contains("+LiberationSans"))
                    .anyMatch(font -> font.endsWith("-Bold"));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(narrative).contains("Tamu dari ?? ? tiba");
        }
    }
}
