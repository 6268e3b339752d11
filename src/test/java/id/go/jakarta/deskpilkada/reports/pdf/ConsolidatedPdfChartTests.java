package id.go.jakarta.deskpilkada.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ConsolidatedReport;
import id.go.jakarta.deskpilkada.reports.ReportFacts;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportStatus;
import id.go.jakarta.deskpilkada.reports.ReportText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The chart of the PDF: new issues per wilayah post and severity, drawn as bars. */
class ConsolidatedPdfChartTests {

    static PoskoTile post(long id, String code, String name, PoskoLevel level) {
        return new PoskoTile(
                id, code, name, level, "31", "DKI", "-", (int) id, AlertLevel.NORMAL, null, null, null, 0, true);
    }

    static ReportInfo report(long post, Instant due, int kritis, int rendah) {
        ReportFacts facts = new ReportFacts(
                "Pemungutan suara",
                5,
                7,
                true,
                Map.of(Severity.KRITIS, kritis, Severity.RENDAH, rendah),
                Map.of(Severity.KRITIS, kritis),
                List.of("Kamtibmas / unjuk rasa: " + kritis),
                List.of("Politik uang: 1"),
                List.of("CCTV Monas"));
        return new ReportInfo(
                post,
                post,
                due,
                due.minusSeconds(6 * 3600),
                1,
                null,
                ReportStatus.ACCEPTED,
                new ReportText("Aman", "Pemungutan suara berjalan", "Kondusif", "-", "-"),
                facts,
                null,
                "Ketua",
                due,
                "Ketua",
                due,
                false,
                "Sekda",
                due,
                due,
                1);
    }

    @Test
    void the_bars_show_each_wilayahs_new_issues_with_the_kritis_ones_in_red() throws Exception {
        Instant due = Instant.parse("2017-02-15T05:00:00Z");
        ConsolidatedReport report = new ConsolidatedReport(
                LocalDate.of(2017, 2, 15),
                due.minusSeconds(86400),
                due,
                null,
                List.of(report(2, due.minusSeconds(3600), 4, 3), report(3, due.minusSeconds(3600), 0, 2)),
                List.of(
                        post(1, "BALAIKOTA", "Posko Balai Kota", PoskoLevel.PROVINSI),
                        post(2, "JAKPUS", "Posko Jakarta Pusat", PoskoLevel.WILAYAH),
                        post(3, "JAKUT", "Posko Jakarta Utara", PoskoLevel.WILAYAH)),
                due);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsolidatedPdf().write(report, out, n -> {});

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Posko Jakarta Pusat 7")
                    .contains("Posko Jakarta Utara 2")
                    .contains("Permasalahan baru 7: kritis 4, tinggi 0, sedang 0, rendah 3")
                    .contains("Terbuka per kategori: Politik uang: 1")
                    .contains("Perangkat mati: CCTV Monas")
                    .contains("Petugas hadir 5 dari 7 (kurang)");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            assertThat(pixels(page, 0xc62828)).as("kritis bar and legend").isGreaterThan(4 * 12 * 2);
            assertThat(pixels(page, 0x8bc34a)).as("rendah bars and legend").isPositive();
        }
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((p >> 16) - (rgb >> 16)) < 8
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 8
                        && Math.abs((p & 0xff) - (rgb & 0xff)) < 8) {
                    n++;
                }
            }
        }
        return n;
    }
}
