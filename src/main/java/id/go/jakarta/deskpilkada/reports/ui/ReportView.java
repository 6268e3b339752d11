package id.go.jakarta.deskpilkada.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportChanged;
import id.go.jakarta.deskpilkada.reports.ReportFacts;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportStatus;
import id.go.jakarta.deskpilkada.reports.ReportText;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One report: the chief writes it (the period's facts prefilled and frozen when he submits), the
 * provincial post or leadership accept it or send it back with a note, an accepted one is
 * corrected by a new version. A save against a stale version is refused and the typed text stays.
 */
@Route("laporan/:id")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO"})
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "laporan";

    final H2 heading = new H2();
    final Span state = new Span();
    final Div facts = new Div();
    final TextArea kamtibmas = section("report.section.kamtibmas");
    final TextArea tahapan = section("report.section.tahapan");
    final TextArea sosialPolitik = section("report.section.sosialPolitik");
    final TextArea tindakLanjut = section("report.section.tindakLanjut");
    final TextArea kebutuhan = section("report.section.kebutuhan");
    final Button save = new Button();
    final Button submit = new Button();
    final Button accept = new Button();
    final TextArea note = new TextArea();
    final Button sendBack = new Button();
    final Button correct = new Button();
    final Button reload = new Button();
    private final ReportService reports;
    private final PoskoService posko;
    private @Nullable ReportInfo report;

    ReportView(ReportService reports, PoskoService posko, LiveEventBus bus) {
        this.reports = reports;
        this.posko = posko;
        save.setText(getTranslation("report.save"));
        save.addClickListener(
                e -> change(() -> reports.save(current().id(), current().version(), text()), "report.saved"));
        submit.setText(getTranslation("report.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(
                e -> change(() -> reports.submit(current().id(), current().version(), text()), "report.submitted"));
        accept.setText(getTranslation("report.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        accept.addClickListener(
                e -> change(() -> reports.accept(current().id(), current().version()), "report.accepted"));
        note.setLabel(getTranslation("report.returnNote"));
        note.setMaxLength(ReportService.MAX_NOTE);
        note.setWidthFull();
        sendBack.setText(getTranslation("report.return"));
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(e -> change(
                () -> reports.sendBack(current().id(), current().version(), note.getValue()), "report.returned"));
        correct.setText(getTranslation("report.correct"));
        correct.addClickListener(e -> correct());
        reload.setText(getTranslation("report.reload"));
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reload.addClickListener(e -> show(reports.report(current().id()), true));
        facts.addClassName("report-facts");
        add(
                heading,
                state,
                facts,
                kamtibmas,
                tahapan,
                sosialPolitik,
                tindakLanjut,
                kebutuhan,
                new HorizontalLayout(save, submit, correct, reload),
                note,
                new HorizontalLayout(accept, sendBack));
        LiveRefresh.bind(
                this,
                bus,
                e -> e instanceof ReportChanged c && report != null && c.reportId() == report.id(),
                this::followChange);
    }

    /**
     * Someone else acted on the report shown: a reader sees it at once; a writer keeps what he is
     * typing (his next save is checked against the version he saw, and he is told).
     */
    private void followChange() {
        ReportInfo shown = report;
        if (shown == null || reports.mayWrite(shown.poskoId()) && shown.status().editable()) {
            return;
        }
        show(reports.report(shown.id()), true);
    }

    private TextArea section(String key) {
        TextArea area = new TextArea(getTranslation(key));
        area.setMaxLength(ReportService.MAX_SECTION);
        area.setWidthFull();
        return area;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(reports.report(id), true);
        } catch (NumberFormatException | DeskException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    ReportInfo current() {
        if (report == null) {
            throw new IllegalStateException("no report shown");
        }
        return report;
    }

    ReportText text() {
        return new ReportText(
                kamtibmas.getValue(),
                tahapan.getValue(),
                sosialPolitik.getValue(),
                tindakLanjut.getValue(),
                kebutuhan.getValue());
    }

    /** Shows the report; the text fields are overwritten only when asked (never after a refusal). */
    void show(ReportInfo r, boolean withText) {
        this.report = r;
        PoskoTile post = posko.tile(r.poskoId()).orElse(null);
        heading.setText(getTranslation(
                "report.heading",
                post == null ? "?" : post.name(),
                ReportNames.due(this, r.dueAt()),
                r.reportVersion()));
        StringBuilder s = new StringBuilder(getTranslation(r.status().labelKey()));
        s.append(" · ")
                .append(getTranslation(
                        "report.period", ReportNames.due(this, r.periodStart()), ReportNames.due(this, r.dueAt())));
        if (r.submittedAt() != null) {
            s.append(" · ")
                    .append(getTranslation(
                            "report.submittedBy", r.submittedBy(), Wib.dateTime(r.submittedAt(), getLocale())));
            if (r.late()) {
                s.append(" (").append(getTranslation("report.late")).append(')');
            }
        }
        if (r.status() == ReportStatus.RETURNED && r.returnNote() != null) {
            s.append(" · ").append(getTranslation("report.returnedWith", r.returnNote()));
        }
        state.setText(s.toString());
        if (withText) {
            kamtibmas.setValue(r.text().kamtibmas());
            tahapan.setValue(r.text().tahapan());
            sosialPolitik.setValue(r.text().sosialPolitik());
            tindakLanjut.setValue(r.text().tindakLanjut());
            kebutuhan.setValue(r.text().kebutuhan());
        }
        ReportFacts shown =
                r.facts() != null && !r.status().editable() ? r.facts() : reports.facts(r.poskoId(), r.dueAt());
        showFacts(shown, r.facts() != null && !r.status().editable());

        boolean writer = reports.mayWrite(r.poskoId());
        boolean editable = writer && r.status().editable();
        for (TextArea area : new TextArea[] {kamtibmas, tahapan, sosialPolitik, tindakLanjut, kebutuhan}) {
            area.setReadOnly(!editable);
        }
        save.setVisible(editable);
        submit.setVisible(editable);
        correct.setVisible(writer && r.status() == ReportStatus.ACCEPTED);
        boolean review = r.status() == ReportStatus.SUBMITTED && reports.mayReview(r);
        accept.setVisible(review);
        sendBack.setVisible(review);
        note.setVisible(review);
    }

    private void showFacts(ReportFacts f, boolean frozen) {
        facts.removeAll();
        facts.add(new H3(getTranslation(frozen ? "report.facts.frozen" : "report.facts.live")));
        facts.add(line(getTranslation("report.facts.stage", f.stageName() == null ? "-" : f.stageName())));
        facts.add(line(getTranslation("report.facts.duty", f.dutyPresent(), f.dutyRequired())
                + (f.dutyGap() ? " · " + getTranslation("report.facts.gap") : "")));
        facts.add(line(getTranslation("report.facts.new", f.newTotal(), ReportNames.bySeverity(this, f, true))));
        facts.add(line(getTranslation("report.facts.open", f.openTotal(), ReportNames.bySeverity(this, f, false))));
        facts.add(line(getTranslation(
                "report.facts.categories", f.newByCategory().isEmpty() ? "-" : String.join(", ", f.newByCategory()))));
        facts.add(line(getTranslation(
                "report.facts.openCategories",
                f.openByCategory().isEmpty() ? "-" : String.join(", ", f.openByCategory()))));
        String staffing = ReportNames.staffing(this, f);
        if (staffing != null) {
            facts.add(line(staffing));
            ReportNames.shifts(this, f, current().dueAt()).forEach(s -> facts.add(indented(s)));
            facts.add(line(ReportNames.gapTotal(this, f)));
            ReportNames.gaps(this, f, current().dueAt()).forEach(g -> facts.add(indented(g)));
        }
        facts.add(line(ReportNames.outages(this, f, current().dueAt())));
    }

    private static Div indented(String text) {
        Div div = line(text);
        div.getStyle().set("padding-left", "var(--lumo-space-l)");
        return div;
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }

    private void change(Supplier<ReportInfo> action, String doneKey) {
        try {
            ReportInfo done = action.get();
            show(done, false);
            note.clear();
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            // What was typed stays in the fields; "Muat ulang" shows the other person's version.
            UI ui = UI.getCurrent();
            Notification.show(
                            ui == null ? e.messageKey() : ui.getTranslation(e.messageKey(), e.args()),
                            6000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void correct() {
        try {
            ReportInfo correction = reports.correct(current().id());
            getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + correction.id()));
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
