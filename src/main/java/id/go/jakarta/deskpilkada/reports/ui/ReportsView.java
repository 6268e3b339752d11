package id.go.jakarta.deskpilkada.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportChanged;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportMissed;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportWallStatus;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reports of a post (a chief: his own; leadership and the provincial post: any), its reporting
 * status, the due times a report may be written for, and for leadership the one click to the
 * provincial daily report.
 */
@Route("laporan")
@Menu(order = 19.6, title = "nav.reports")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO"})
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    final Select<PoskoTile> post = new Select<>();
    final Span status = new Span();
    final Select<Instant> due = new Select<>();
    final Button write = new Button();
    final Button sekda = new Button();
    final Grid<ReportInfo> grid = new Grid<>();
    /** Every post's reporting at a glance, for those who see more than one post. */
    final Grid<ReportWallStatus> overview = new Grid<>();

    private final ReportService reports;
    private final Map<Long, String> postNames;

    ReportsView(ReportService reports, LiveEventBus bus) {
        this.reports = reports;
        setSizeFull();
        List<PoskoTile> posts = reports.posts();
        post.setLabel(getTranslation("report.post"));
        post.setItems(posts);
        post.setItemLabelGenerator(PoskoTile::name);
        if (!posts.isEmpty()) {
            post.setValue(posts.getFirst());
        }
        post.setVisible(posts.size() > 1);
        post.addValueChangeListener(e -> refresh());
        postNames = posts.stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::name));

        overview.addColumn(w -> postNames.getOrDefault(w.poskoId(), "?"))
                .setHeader(getTranslation("report.post"))
                .setAutoWidth(true);
        overview.addColumn(w -> w.lastSubmittedAt() == null ? "-" : Wib.dateTime(w.lastSubmittedAt(), getLocale()))
                .setHeader(getTranslation("report.lastSubmitted"))
                .setAutoWidth(true);
        overview.addColumn(w -> w.lastAcceptedAt() == null ? "-" : Wib.dateTime(w.lastAcceptedAt(), getLocale()))
                .setHeader(getTranslation("report.lastAccepted"))
                .setAutoWidth(true);
        overview.addColumn(w -> ReportNames.due(this, w.nextDueAt()))
                .setHeader(getTranslation("report.nextDueColumn"))
                .setAutoWidth(true);
        overview.addColumn(w -> w.overdue() && w.overdueDueAt() != null
                        ? getTranslation("report.missing", ReportNames.due(this, w.overdueDueAt()))
                        : "")
                .setHeader(getTranslation("report.overdueColumn"))
                .setFlexGrow(1);
        overview.setAllRowsVisible(true);
        overview.setVisible(posts.size() > 1);
        overview.addItemClickListener(e -> posts.stream()
                .filter(p -> p.id() == e.getItem().poskoId())
                .findFirst()
                .ifPresent(post::setValue));

        due.setLabel(getTranslation("report.due"));
        due.setItemLabelGenerator(d -> ReportNames.due(this, d));
        write.setText(getTranslation("report.write"));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClickListener(e -> write());
        sekda.setText(getTranslation("report.sekda"));
        sekda.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        sekda.addClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate(ConsolidatedView.ROUTE + "/" + reports.latestDay())));
        sekda.setVisible(reports.mayConsolidate());

        grid.addColumn(r -> ReportNames.due(this, r.dueAt()))
                .setHeader(getTranslation("report.due"))
                .setAutoWidth(true);
        grid.addColumn(ReportInfo::reportVersion)
                .setHeader(getTranslation("report.version"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().labelKey()))
                .setHeader(getTranslation("report.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.submittedAt() == null
                        ? ""
                        : Wib.dateTime(r.submittedAt(), getLocale())
                                + (r.late() ? " (" + getTranslation("report.late") + ")" : ""))
                .setHeader(getTranslation("report.submittedAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.reviewedBy() == null ? "" : r.reviewedBy())
                .setHeader(getTranslation("report.reviewedBy"))
                .setFlexGrow(1);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();

        HorizontalLayout bar = new HorizontalLayout(post, due, write, sekda);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("report.title")), overview, bar, status, grid);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof ReportChanged || e instanceof ReportMissed, this::refresh);
    }

    void refresh() {
        PoskoTile chosen = post.getValue();
        if (chosen == null) {
            grid.setItems(List.of());
            write.setVisible(false);
            due.setVisible(false);
            return;
        }
        grid.setItems(reports.reports(chosen.id()));
        boolean mayWrite = reports.mayWrite(chosen.id());
        write.setVisible(mayWrite);
        due.setVisible(mayWrite);
        if (mayWrite) {
            List<Instant> open = reports.openDues(chosen.id());
            due.setItems(open);
            write.setVisible(!open.isEmpty());
            due.setVisible(!open.isEmpty());
            if (!open.isEmpty()) {
                due.setValue(open.getFirst());
            }
        }
        Map<Long, ReportWallStatus> all = reports.wallStatus();
        if (overview.isVisible()) {
            overview.setItems(all.values().stream()
                    .filter(w -> postNames.containsKey(w.poskoId()))
                    .toList());
        }
        ReportWallStatus s = all.get(chosen.id());
        if (s == null) {
            status.setText("");
        } else if (s.overdue() && s.overdueDueAt() != null) {
            status.setText(getTranslation("report.overdue", ReportNames.due(this, s.overdueDueAt())));
            status.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            status.setText(getTranslation("report.nextDue", ReportNames.due(this, s.nextDueAt())));
            status.getStyle().remove("color");
        }
    }

    private void write() {
        PoskoTile chosen = post.getValue();
        Instant at = due.getValue();
        if (chosen == null || at == null) {
            return;
        }
        ReportInfo[] started = new ReportInfo[1];
        if (Attempt.run(() -> started[0] = reports.start(chosen.id(), at), () -> {})) {
            open(started[0]);
        }
    }

    private void open(ReportInfo report) {
        getUI().ifPresent(ui -> ui.navigate(ReportView.ROUTE + "/" + report.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
