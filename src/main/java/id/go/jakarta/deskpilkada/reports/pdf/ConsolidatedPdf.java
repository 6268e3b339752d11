package id.go.jakarta.deskpilkada.reports.pdf;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.device.DeviceOutage;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ConsolidatedReport;
import id.go.jakarta.deskpilkada.reports.ReportFacts;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportStatus;
import id.go.jakarta.deskpilkada.reports.internal.ReportSchedule;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The consolidated provincial report as a PDF (A4, in Indonesian): the provincial summary, a chart
 * of the period's new issues per wilayah post and severity, then every wilayah report with its
 * period's staffing and device outages; each page numbered and stamped with the generation time in
 * WIB, and, for a report gathered during an exercise, marked as such at its top and bottom.
 *
 * <p>The text is set in Liberation Sans (SIL OFL 1.1), embedded as a subset so that any Unicode
 * text shows as written: the regular face is the one PDFBox ships, the bold one is ours
 * ({@code fonts/}, see {@code NOTICE.md} there). A character neither face has (Chinese script,
 * emoji) becomes "?" rather than failing the document.
 */
@Component
public class ConsolidatedPdf {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color[] SEVERITY_COLORS = {
        new Color(0x8bc34a), new Color(0xffc107), new Color(0xff7043), new Color(0xc62828)
    };
    private static final String[] SEVERITY_NAMES = {"Rendah", "Sedang", "Tinggi", "Kritis"};
    /** On every page of a report gathered during an exercise (the words of the exercise banner). */
    static final String EXERCISE = "LATIHAN - BUKAN KEJADIAN SEBENARNYA";

    private static final Color EXERCISE_COLOR = new Color(0xc62828);

    /** Liberation Sans 2.1.5 as shipped inside PDFBox (the same version as our bold face). */
    private static final String REGULAR_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final String BOLD_FONT = "/fonts/LiberationSans-Bold.ttf";
    private static final char MISSING = '?';

    /** The font files, read from the classpath once, on the first PDF. */
    private static final class Faces {
        static final byte[] REGULAR = resource(REGULAR_FONT);
        static final byte[] BOLD = resource(BOLD_FONT);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConsolidatedPdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both faces, embedded (as subsets) in one document: a font object belongs to its document. */
    private static PDFont load(PDDocument doc, boolean bold) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(bold ? Faces.BOLD : Faces.REGULAR));
    }

    /**
     * Writes the PDF; {@code progress} hears each post written (1..posts) so a screen can show it.
     */
    public void write(ConsolidatedReport report, OutputStream out, IntConsumer progress) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc);
            PDFont regular = w.regular;
            PDFont bold = w.bold;
            w.text(bold, 16, "Laporan Situasi Harian Posko Pilkada");
            if (report.electionName() != null) {
                w.text(bold, 12, report.electionName());
            }
            w.text(
                    regular,
                    11,
                    "Laporan harian Sekda, "
                            + DateTimeFormatter.ofPattern("d MMMM yyyy", ID).format(report.day()));
            w.text(
                    regular,
                    10,
                    "Periode " + Wib.dateTime(report.periodStart(), ID) + " s.d. "
                            + Wib.dateTime(report.periodEnd(), ID));
            w.gap(8);
            w.text(bold, 13, "Ringkasan Posko Balai Kota");
            if (report.provincial() == null) {
                w.text(regular, 10, "Laporan Posko Balai Kota untuk periode ini belum dikirim.");
            } else {
                body(w, report.provincial());
            }
            w.gap(8);
            w.text(bold, 13, "Permasalahan baru per wilayah dan tingkat keparahan");
            chart(w, report);
            int done = 0;
            for (PoskoTile post : report.posts()) {
                if (post.level() != PoskoLevel.WILAYAH) {
                    continue;
                }
                w.gap(10);
                w.text(bold, 13, post.name());
                List<ReportInfo> own = report.of(post.id());
                if (own.isEmpty()) {
                    w.text(regular, 10, "Tidak ada laporan yang dikirim untuk periode ini.");
                }
                for (ReportInfo r : own) {
                    w.text(
                            bold,
                            11,
                            "Laporan " + ReportSchedule.label(r.dueAt(), ID) + " (versi " + r.reportVersion() + ", "
                                    + statusName(r.status()) + (r.late() ? ", terlambat" : "") + ")");
                    body(w, r);
                }
                progress.accept(++done);
            }
            w.close();
            String stamp = "Dibuat " + Wib.dateTime(report.generatedAt(), ID);
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream cs = new PDPageContentStream(
                        doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    if (report.exercise()) {
                        // Above and below the text of every page: no page may pass for a real report.
                        float at = MARGIN + (WIDTH - bold.getStringWidth(EXERCISE) / 1000 * 10) / 2;
                        cs.setNonStrokingColor(EXERCISE_COLOR);
                        cs.beginText();
                        cs.setFont(bold, 10);
                        cs.newLineAtOffset(at, PDRectangle.A4.getHeight() - 32);
                        cs.showText(EXERCISE);
                        cs.endText();
                        cs.beginText();
                        cs.setFont(bold, 10);
                        cs.newLineAtOffset(at, 40);
                        cs.showText(EXERCISE);
                        cs.endText();
                        cs.setNonStrokingColor(Color.BLACK);
                    }
                    cs.beginText();
                    cs.setFont(regular, 8);
                    cs.newLineAtOffset(MARGIN, 25);
                    cs.showText(stamp);
                    cs.endText();
                    String number = "Halaman " + (i + 1) + " dari " + pages;
                    cs.beginText();
                    cs.newLineAtOffset(MARGIN + WIDTH - regular.getStringWidth(number) / 1000 * 8, 25);
                    cs.showText(number);
                    cs.endText();
                }
            }
            doc.save(out);
        }
    }

    private static String statusName(ReportStatus s) {
        return switch (s) {
            case DRAFT -> "draf";
            case SUBMITTED -> "dikirim";
            case ACCEPTED -> "diterima";
            case RETURNED -> "dikembalikan";
        };
    }

    private void body(Writer w, ReportInfo r) throws IOException {
        PDFont regular = w.regular;
        ReportFacts f = r.facts();
        if (f != null) {
            w.text(regular, 10, "Tahapan: " + (f.stageName() == null ? "-" : f.stageName()));
            w.text(
                    regular,
                    10,
                    "Petugas hadir " + f.dutyPresent() + " dari " + f.dutyRequired() + (f.dutyGap() ? " (kurang)" : "")
                            + " saat laporan ditulis");
            staffing(w, f.dutyPeriod(), r.dueAt());
            w.text(regular, 10, "Permasalahan baru " + f.newTotal() + ": " + severities(f, true));
            w.text(regular, 10, "Permasalahan terbuka " + f.openTotal() + ": " + severities(f, false));
            if (!f.newByCategory().isEmpty()) {
                w.text(regular, 10, "Baru per kategori: " + String.join(", ", f.newByCategory()));
            }
            if (!f.openByCategory().isEmpty()) {
                w.text(regular, 10, "Terbuka per kategori: " + String.join(", ", f.openByCategory()));
            }
            if (f.outages() == null) {
                // Submitted before the desk kept a status history: the devices down when it was written.
                w.text(
                        regular,
                        10,
                        "Perangkat mati: " + (f.devicesDown().isEmpty() ? "-" : String.join(", ", f.devicesDown())));
            } else {
                w.text(
                        regular,
                        10,
                        "Perangkat mati selama periode:" + (f.outages().isEmpty() ? " -" : ""));
                for (String outage : outages(f.outages(), r.dueAt())) {
                    w.text(regular, 10, "- " + outage);
                }
            }
        }
        section(w, "Situasi kamtibmas", r.text().kamtibmas());
        section(w, "Kegiatan tahapan", r.text().tahapan());
        section(w, "Perkembangan sosial politik", r.text().sosialPolitik());
        section(w, "Tindak lanjut", r.text().tindakLanjut());
        section(w, "Kebutuhan", r.text().kebutuhan());
    }

    /** The period's staffing: totals, each shift, and the gaps with their minutes (none in older reports). */
    private void staffing(Writer w, @Nullable PeriodCoverage d, Instant dueAt) throws IOException {
        if (d == null) {
            return;
        }
        w.text(
                w.regular,
                10,
                "Petugas selama periode: " + d.present() + " dari " + d.required() + " tempat terisi, " + d.absent()
                        + " tidak hadir, " + d.excused() + " izin");
        for (PeriodCoverage.ShiftPeriod s : d.shifts()) {
            w.text(
                    w.regular,
                    10,
                    "- " + s.name() + " (" + moment(s.startsAt(), dueAt) + "\u2013" + moment(s.endsAt(), dueAt)
                            + "): hadir " + s.present() + " dari " + s.required() + ", tidak hadir " + s.absent()
                            + ", izin "
                            + s.excused());
        }
        w.text(w.regular, 10, "Kekurangan petugas selama periode: " + d.gapMinutes() + " menit");
        for (PeriodCoverage.Gap g : d.gaps()) {
            w.text(
                    w.regular,
                    10,
                    "- " + g.shift() + ": "
                            + (g.open()
                                    ? "sejak " + moment(g.from(), dueAt) + ", masih berlangsung"
                                    : moment(g.from(), dueAt) + " s.d. " + moment(g.to(), dueAt))
                            + " (" + g.minutes() + " menit, kurang " + g.missing() + " orang)");
        }
    }

    private static List<String> outages(List<DeviceOutage> outages, Instant dueAt) {
        List<String> parts = new ArrayList<>();
        for (DeviceOutage o : outages) {
            parts.add(
                    o.upAt() == null
                            ? o.name() + ": mati sejak " + moment(o.downSince(), dueAt) + ", masih mati"
                            : o.name() + ": mati " + moment(o.downSince(), dueAt) + ", hidup lagi "
                                    + moment(o.upAt(), dueAt));
        }
        return parts;
    }

    private static String moment(Instant at, Instant dueAt) {
        return ReportSchedule.moment(at, dueAt, ID);
    }

    private void section(Writer w, String title, String text) throws IOException {
        w.text(w.bold, 10, title);
        w.text(w.regular, 10, text.isBlank() ? "-" : text);
    }

    private static String severities(ReportFacts f, boolean fresh) {
        List<String> parts = new ArrayList<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            parts.add(SEVERITY_NAMES[i].toLowerCase(ID) + " " + (fresh ? f.newOf(s) : f.openOf(s)));
        }
        return String.join(", ", parts);
    }

    /** Horizontal stacked bars, one per wilayah post, drawn with PDF graphics. */
    private void chart(Writer w, ConsolidatedReport report) throws IOException {
        PDFont regular = w.regular;
        List<PoskoTile> wilayah = report.posts().stream()
                .filter(p -> p.level() == PoskoLevel.WILAYAH)
                .toList();
        int max = 1;
        for (PoskoTile p : wilayah) {
            max = Math.max(
                    max,
                    report.newIssues(p.id()).values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
        }
        float rowHeight = 16;
        float labelWidth = 150;
        float barWidth = WIDTH - labelWidth - 40;
        w.need(rowHeight * (wilayah.size() + 2));
        PDPageContentStream cs = w.stream();
        float y = w.y - rowHeight;
        for (PoskoTile p : wilayah) {
            Map<Severity, Integer> counts = report.newIssues(p.id());
            w.plain(regular, 9, MARGIN, y + 4, p.name());
            float x = MARGIN + labelWidth;
            int total = 0;
            for (Severity s : Severity.values()) {
                int n = counts.getOrDefault(s, 0);
                total += n;
                float len = barWidth * n / max;
                if (len > 0) {
                    cs.setNonStrokingColor(SEVERITY_COLORS[s.ordinal()]);
                    cs.addRect(x, y, len, rowHeight - 4);
                    cs.fill();
                    x += len;
                }
            }
            cs.setNonStrokingColor(Color.BLACK);
            w.plain(regular, 9, x + 4, y + 4, String.valueOf(total));
            y -= rowHeight;
        }
        float x = MARGIN + labelWidth;
        for (int i = 0; i < SEVERITY_NAMES.length; i++) {
            cs.setNonStrokingColor(SEVERITY_COLORS[i]);
            cs.addRect(x, y + 2, 8, 8);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            w.plain(regular, 9, x + 11, y + 3, SEVERITY_NAMES[i]);
            x += 70;
        }
        w.y = y - rowHeight;
    }

    /** Lays text out top to bottom, wrapping lines and starting pages as needed. */
    private final class Writer {

        private final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        private PDPageContentStream cs;
        float y;

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            this.regular = load(doc, false);
            this.bold = load(doc, true);
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        PDPageContentStream stream() {
            return cs;
        }

        void need(float height) throws IOException {
            if (y - height < MARGIN + 20) {
                newPage();
            }
        }

        void gap(float height) {
            y -= height;
        }

        void text(PDFont font, float size, String text) throws IOException {
            for (String paragraph : text.split("\\R")) {
                for (String line : wrap(font, size, safe(font, paragraph))) {
                    need(size * 1.4f);
                    y -= size * 1.4f;
                    plain(font, size, MARGIN, y, line);
                }
            }
        }

        void plain(PDFont font, float size, float x, float at, String text) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, at);
            cs.showText(safe(font, text));
            cs.endText();
        }

        void close() throws IOException {
            cs.close();
        }
    }

    private static List<String> wrap(PDFont font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * Characters the font cannot show become "?" (a tab a space) rather than failing the document;
     * a line break is never passed here ({@link Writer#text} splits on it).
     */
    private static String safe(PDFont font, String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                s.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                s.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                s.append(MISSING);
            }
        });
        return s.toString();
    }
}
