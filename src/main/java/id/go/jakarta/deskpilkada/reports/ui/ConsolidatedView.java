package id.go.jakarta.deskpilkada.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.BackgroundJob;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ConsolidatedReport;
import id.go.jakarta.deskpilkada.reports.ReportFacts;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.pdf.ConsolidatedPdf;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The consolidated provincial report of one WIB day ("Laporan harian Sekda"): the provincial
 * summary and every wilayah report of the period, printable from the browser, and as a PDF written
 * off the UI thread with a progress bar.
 */
@Route("laporan/konsolidasi/:date")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO"})
class ConsolidatedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "laporan/konsolidasi";

    final H2 heading = new H2();
    final Div content = new Div();
    final Button print = new Button();
    final Button pdf = new Button();
    final ProgressBar progress = new ProgressBar();
    final Anchor download = new Anchor();
    private final ReportService reports;
    private final ConsolidatedPdf pdfs;
    /** One PDF at a time; leaving the page cancels it. */
    private final BackgroundJob pdfJob = BackgroundJob.tiedTo(this).oneAtATime();

    private @Nullable ConsolidatedReport report;
    /** The finished PDF (tests read it). */
    volatile byte @Nullable [] ready;

    ConsolidatedView(ReportService reports, ConsolidatedPdf pdfs) {
        this.reports = reports;
        this.pdfs = pdfs;
        print.setText(getTranslation("report.print"));
        print.addClickListener(e -> UI.getCurrent().getPage().executeJs("window.print()"));
        pdf.setText(getTranslation("report.pdf"));
        pdf.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pdf.addClickListener(e -> startPdf());
        progress.setVisible(false);
        download.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(print, pdf, progress, download);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(heading, bar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            LocalDate day =
                    LocalDate.parse(event.getRouteParameters().get("date").orElse(""));
            show(reports.consolidated(day));
        } catch (DateTimeParseException | DeskException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Shows that day's report (tests call it). */
    void show(ConsolidatedReport r) {
        this.report = r;
        heading.setText(getTranslation("report.consolidated.title", Wib.date(r.day(), getLocale())));
        content.removeAll();
        if (r.exercise()) {
            // Printed from the browser, the page must say it as plainly as the PDF does.
            Paragraph exercise = new Paragraph(getTranslation("exercise.banner"));
            exercise.addClassName("report-exercise");
            exercise.getStyle().set("font-weight", "bold").set("color", "var(--lumo-error-text-color)");
            content.add(exercise);
        }
        content.add(new Paragraph(getTranslation(
                "report.period", ReportNames.due(this, r.periodStart()), ReportNames.due(this, r.periodEnd()))));
        content.add(new H3(getTranslation("report.consolidated.provincial")));
        if (r.provincial() == null) {
            content.add(new Paragraph(getTranslation("report.consolidated.none")));
        } else {
            content.add(body(r.provincial()));
        }
        for (PoskoTile post : r.posts()) {
            if (post.level() != PoskoLevel.WILAYAH) {
                continue;
            }
            content.add(new H3(post.name()));
            if (r.of(post.id()).isEmpty()) {
                content.add(new Paragraph(getTranslation("report.consolidated.none")));
            }
            for (ReportInfo w : r.of(post.id())) {
                content.add(new H4(ReportNames.due(this, w.dueAt()) + " · v" + w.reportVersion() + " · "
                        + getTranslation(w.status().labelKey())
                        + (w.late() ? " · " + getTranslation("report.late") : "")));
                content.add(body(w));
            }
        }
    }

    private Div body(ReportInfo r) {
        Div div = new Div();
        ReportFacts f = r.facts();
        if (f != null) {
            div.add(new Paragraph(getTranslation("report.facts.stage", f.stageName() == null ? "-" : f.stageName())
                    + " · " + getTranslation("report.facts.duty", f.dutyPresent(), f.dutyRequired()) + " · "
                    + getTranslation("report.facts.new", f.newTotal(), ReportNames.bySeverity(this, f, true))));
            String staffing = ReportNames.staffing(this, f);
            if (staffing != null) {
                List<String> gaps = ReportNames.gaps(this, f, r.dueAt());
                div.add(new Paragraph(staffing + " · " + ReportNames.gapTotal(this, f)
                        + (gaps.isEmpty() ? "" : " (" + String.join("; ", gaps) + ")")));
            }
            div.add(new Paragraph(ReportNames.outages(this, f, r.dueAt())));
        }
        addSection(div, "report.section.kamtibmas", r.text().kamtibmas());
        addSection(div, "report.section.tahapan", r.text().tahapan());
        addSection(div, "report.section.sosialPolitik", r.text().sosialPolitik());
        addSection(div, "report.section.tindakLanjut", r.text().tindakLanjut());
        addSection(div, "report.section.kebutuhan", r.text().kebutuhan());
        return div;
    }

    private void addSection(Div div, String key, String text) {
        if (!text.isBlank()) {
            div.add(new Paragraph(new Span(getTranslation(key) + ": "), new Span(text)));
        }
    }

    /**
     * Writes the PDF off the UI thread; the bar counts the wilayah posts written. A failure is told
     * in the user's language and the button is back.
     */
    void startPdf() {
        ConsolidatedReport r = report;
        if (r == null || pdfJob.isRunning()) {
            return;
        }
        int posts = (int)
                r.posts().stream().filter(p -> p.level() == PoskoLevel.WILAYAH).count();
        pdf.setEnabled(false);
        download.setVisible(false);
        progress.setMin(0);
        progress.setMax(Math.max(1, posts));
        progress.setValue(0);
        progress.setVisible(true);
        pdfJob.task(running -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    pdfs.write(r, out, running::report);
                    return out.toByteArray();
                })
                .onProgress(progress::setValue)
                .onEnd(() -> {
                    progress.setVisible(false);
                    pdf.setEnabled(true);
                })
                .onSuccess(bytes -> offer(r.day(), bytes))
                .start(UI.getCurrent());
    }

    private void offer(LocalDate day, byte[] bytes) {
        ready = bytes;
        String name = "laporan-harian-" + day + ".pdf";
        download.setHref(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                new java.io.ByteArrayInputStream(bytes), name, "application/pdf", bytes.length)));
        download.setText(getTranslation("report.pdf.download", name));
        download.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                "report.consolidated.title", report == null ? "" : report.day().toString());
    }
}
