package id.go.jakarta.deskpilkada.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        return posko.tiles().stream().filter(p -> p.code().equals(code)).findFirst().map(PoskoTile::id).orElseThrow();
    }

    private ReportInfo submit(String chief, String code, Instant due, String kamtibmas) {
        SignIn.as(context, chief);
        ReportInfo draft = reports.start(post(code), due);
        return reports.submit(draft.id(), draft.version(), new ReportText(kamtibmas, "Rekapitulasi suara tingkat PPK",
                "Kondusif", "Patroli gabungan", "Tambahan genset"));
    }

    @Test
    void the_daily_report_gathers_the_wilayah_reports_of_the_provincial_period_and_its_pdf_reads_back() throws Exception {
        LocalDate day = Wib.today(clock).minusDays(9);
        Instant noonBefore = schedule.duesOf(PoskoLevel.WILAYAH, day.minusDays(1)).get(1);
        Instant midnightBefore = schedule.duesOf(PoskoLevel.WILAYAH, day.minusDays(1)).get(3);
        Instant noonAfter = schedule.duesOf(PoskoLevel.WILAYAH, day).get(1);
        submit("ketua.jakpus", "JAKPUS", noonBefore, "Unjuk rasa damai di depan kantor KPU Jakarta Pusat");
        submit("ketua.jaktim", "JAKTIM", midnightBefore, "Situasi aman. " + "Patroli malam berjalan lancar. ".repeat(120));
        submit("ketua.jaktim", "JAKTIM", noonAfter, "Di luar periode");
        submit("ketua.balaikota", "BALAIKOTA", schedule.duesOf(PoskoLevel.PROVINSI, day).getFirst(),
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
            assertThat(first).contains("Laporan Situasi Harian Posko Pilkada DKI Jakarta")
                    .contains("Ringkasan Posko Balai Kota").contains("Secara umum kondusif di enam wilayah")
                    .contains("Permasalahan baru per wilayah dan tingkat keparahan").contains("Kritis")
                    .contains("Halaman 1 dari " + pages)
                    .contains("Dibuat " + Wib.dateTime(report.generatedAt(), java.util.Locale.forLanguageTag("id")));
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(doc);
            assertThat(all).contains("Posko Jakarta Pusat").contains("Unjuk rasa damai di depan kantor KPU Jakarta Pusat")
                    .contains("Posko Jakarta Timur").contains("Halaman " + pages + " dari " + pages)
                    .contains("Tambahan genset").doesNotContain("Di luar periode");
        }
    }

    @Test
    void a_day_without_reports_still_gives_a_pdf_that_says_so() throws Exception {
        SignIn.as(context, "ketua.balaikota");
        ConsolidatedReport report = reports.consolidated(Wib.today(clock).minusDays(40));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(report, out, n -> { });
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Laporan Posko Balai Kota untuk periode ini belum dikirim.")
                    .contains("Tidak ada laporan yang dikirim untuk periode ini.").contains("Halaman 1 dari 1");
        }
    }

    @Test
    void text_outside_winansi_reads_back_exactly_and_what_the_font_lacks_becomes_a_question_mark() throws Exception {
        LocalDate day = Wib.today(clock).minusDays(12);
        String narrative = "Situasi ≥ normal → aman, Łódź, Şahin, Россия, „kutip” – € 5";
        submit("ketua.balaikota", "BALAIKOTA", schedule.duesOf(PoskoLevel.PROVINSI, day).getFirst(),
                narrative + "\nTamu dari 北京 😀 tiba");

        SignIn.as(context, "sekda");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(reports.consolidated(day), out, n -> { });

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<String> fonts = new ArrayList<>();
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).as("embedded subsets").hasSize(2).allMatch(font -> font.contains("+LiberationSans"))
                    .anyMatch(font -> font.endsWith("-Bold"));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(narrative).contains("Tamu dari ?? ? tiba");
        }
    }
}
