package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.EChart;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.duty.DutyEvent;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.AlertHistoryEntry;
import id.go.jakarta.deskpilkada.posko.LastActivity;
import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One post in depth, for leadership (and the post's own chief): alert level and reason, officers
 * by role with their units, devices, alert history. Kept current by push.
 */
@Route("posko/:code")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO"})
class PostDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Span badge = new Span();
    final Paragraph alert = new Paragraph();
    final Paragraph heard = new Paragraph();
    final Paragraph coverage = new Paragraph();
    final Paragraph issuesLine = new Paragraph();
    final Grid<ReportInfo> reportGrid = new Grid<>();
    final Grid<OfficerInfo> officers = new Grid<>();
    final EChart roles = new EChart();
    final Grid<DeviceInfo> devices = new Grid<>();
    final Grid<AlertHistoryEntry> history = new Grid<>();

    private final PoskoService posko;
    private final StaffService staff;
    private final DeviceService deviceService;
    private final CoverageService coverageService;
    private final IssueService issues;
    private final ReportService reportService;
    private PoskoTile post;

    PostDetailView(
            PoskoService posko,
            StaffService staff,
            DeviceService deviceService,
            CoverageService coverageService,
            IssueService issues,
            ReportService reportService,
            LiveEventBus bus) {
        this.reportService = reportService;
        this.coverageService = coverageService;
        this.issues = issues;
        this.posko = posko;
        this.staff = staff;
        this.deviceService = deviceService;
        addClassName("post-detail");
        badge.addClassName("alert-badge");
        Map<Long, String> units = staff.units().stream().collect(Collectors.toMap(UnitInfo::id, UnitInfo::shortName));

        officers.addColumn(o -> getTranslation(o.postRole().labelKey()))
                .setHeader(getTranslation("detail.role"))
                .setAutoWidth(true);
        officers.addColumn(OfficerInfo::fullName)
                .setHeader(getTranslation("devices.name"))
                .setAutoWidth(true);
        officers.addColumn(o -> units.getOrDefault(o.unitId(), "?"))
                .setHeader(getTranslation("detail.unit"))
                .setAutoWidth(true);
        officers.addColumn(o -> o.phone() == null ? "" : o.phone())
                .setHeader(getTranslation("detail.phone"))
                .setAutoWidth(true);
        officers.addColumn(o -> getTranslation(o.reserve() ? "detail.reserve" : "detail.daily"))
                .setHeader(getTranslation("detail.duty"))
                .setAutoWidth(true);
        officers.setAllRowsVisible(true);

        devices.addColumn(d -> getTranslation(d.kind().labelKey())).setHeader(getTranslation("devices.kind"));
        devices.addColumn(DeviceInfo::name).setHeader(getTranslation("devices.name"));
        devices.addColumn(d -> getTranslation(d.status().labelKey())).setHeader(getTranslation("devices.status"));
        devices.addColumn(d -> Wib.dateTime(d.statusSince(), getLocale())).setHeader(getTranslation("devices.since"));
        devices.setAllRowsVisible(true);
        devices.setEmptyStateText(getTranslation("wall.cameras.none"));

        history.addColumn(e -> Wib.dateTime(e.changedAt(), getLocale())).setHeader(getTranslation("history.when"));
        history.addColumn(e -> getTranslation(e.from().labelKey()) + " → " + getTranslation(e.to().labelKey()))
                .setHeader(getTranslation("history.change"));
        history.addColumn(AlertHistoryEntry::changedBy).setHeader(getTranslation("history.by"));
        history.addColumn(AlertHistoryEntry::reason)
                .setHeader(getTranslation("history.reason"))
                .setFlexGrow(1);
        history.setAllRowsVisible(true);

        reportGrid
                .addColumn(r -> Wib.dateTime(r.dueAt(), getLocale()))
                .setHeader(getTranslation("detail.reports.due"))
                .setAutoWidth(true);
        reportGrid
                .addColumn(r -> getTranslation(r.status().labelKey())
                        + (r.reportVersion() > 1 ? " (v" + r.reportVersion() + ")" : "")
                        + (r.late() ? " · " + getTranslation("detail.reports.late") : ""))
                .setHeader(getTranslation("detail.reports.status"))
                .setAutoWidth(true);
        reportGrid
                .addColumn(r -> r.submittedAt() == null ? "" : Wib.dateTime(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("detail.reports.submitted"))
                .setAutoWidth(true);
        reportGrid
                .addColumn(r -> r.text().kamtibmas())
                .setHeader(getTranslation("detail.reports.kamtibmas"))
                .setFlexGrow(1);
        reportGrid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("laporan/" + e.getItem().id())));
        reportGrid.setAllRowsVisible(true);
        reportGrid.setEmptyStateText(getTranslation("detail.reports.none"));
        history.setEmptyStateText(getTranslation("history.empty"));

        Div head = new Div(title, badge);
        head.addClassName("posko-card-head");
        add(
                head,
                alert,
                heard,
                new H3(getTranslation("detail.officers")),
                coverage,
                roles,
                officers,
                new H3(getTranslation("wall.issues")),
                issuesLine,
                new Anchor("permasalahan", getTranslation("detail.issues.open")),
                new H3(getTranslation("wall.report")),
                reportGrid,
                new H3(getTranslation("devices.title")),
                devices,
                new H3(getTranslation("detail.history")),
                history);
        LiveRefresh.bind(this, bus, this::concernsThisPost, this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        post = posko.tiles().stream()
                .filter(t -> t.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        Actor actor = CurrentActor.require();
        if (actor.is(Role.KETUA_POSKO) && !actor.belongsTo(post.id())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        render();
    }

    private boolean concernsThisPost(LiveEvent event) {
        return post != null
                && (event instanceof PoskoActivityEvent e && e.poskoId() == post.id()
                        || event instanceof DutyEvent d && d.poskoId() == post.id());
    }

    private void render() {
        post = posko.tile(post.id()).orElse(post);
        title.setText(post.name() + " · " + post.wilayahName());
        badge.setText(getTranslation(post.alertLevel().labelKey()));
        badge.setClassName("alert-badge alert-" + post.alertLevel().cssName());
        alert.setText(
                post.alertChangedAt() == null
                        ? getTranslation("overview.neverChanged")
                        : getTranslation(
                                        "overview.changedBy",
                                        post.alertChangedBy(),
                                        Wib.dateTime(post.alertChangedAt(), getLocale()))
                                + (post.alertReason() == null ? "" : " · " + post.alertReason()));
        LastActivity last = posko.lastActivities().get(post.id());
        heard.setText(getTranslation("wall.lastHeard") + ": "
                + (last == null ? getTranslation("wall.never") : Wib.dateTime(last.at(), getLocale())));
        coverage.setText(
                coverageService.now(post.id()).map(this::describe).orElse(getTranslation("detail.coverage.none")));
        coverage.getElement()
                .getClassList()
                .set(
                        "coverage-gap",
                        coverageService.now(post.id()).map(PostCoverage::gap).orElse(false));
        List<OfficerInfo> team = staff.officersOf(post.id()).stream()
                .sorted(Comparator.comparing(OfficerInfo::reserve)
                        .thenComparing(OfficerInfo::postRole)
                        .thenComparing(OfficerInfo::fullName))
                .toList();
        officers.setItems(team);
        issuesLine.setText(describe(issues.counts().post(post.id())));
        reportGrid.setItems(reportService.reports(post.id()).stream().limit(8).toList());
        roles.setOption(rolesChart(team));
        devices.setItems(deviceService.ofPost(post.id()));
        history.setItems(posko.alertHistory(post.id(), 50));
    }

    /** Open issues the post owns, by severity, with overdue referrals and the oldest one's time. */
    private String describe(IssueCounts.Open open) {
        if (open.total() == 0) {
            return getTranslation("detail.issues.none");
        }
        String bySeverity = java.util.Arrays.stream(Severity.values())
                .filter(s -> open.of(s) > 0)
                .sorted(Comparator.reverseOrder())
                .map(s -> getTranslation(s.labelKey()) + " " + open.of(s))
                .collect(Collectors.joining(", "));
        String text = getTranslation("detail.issues", open.total(), bySeverity);
        if (open.overdue() > 0) {
            text += " · " + open.overdue() + " " + getTranslation("wall.issues.overdue");
        }
        if (open.oldest() != null) {
            text += " · " + getTranslation("wall.issues.oldest") + " " + Wib.dateTime(open.oldest(), getLocale());
        }
        return text;
    }

    private String describe(PostCoverage c) {
        if (c.shifts().isEmpty()) {
            return getTranslation("detail.coverage.none");
        }
        String shifts = c.shifts().stream()
                .map(s -> s.name() + " " + Wib.time(s.startsAt()) + "\u2013" + Wib.time(s.endsAt()))
                .collect(Collectors.joining(", "));
        String text = getTranslation("detail.coverage", c.present(), c.required(), shifts);
        if (c.gap()) {
            text += " · "
                    + getTranslation(
                            "wall.staffing.missing",
                            c.missing().stream()
                                    .map(m -> m.count() + " "
                                            + getTranslation(m.role().labelKey()))
                                    .collect(Collectors.joining(", ")));
        }
        return text;
    }

    /** Daily officers and reserves per role, as a stacked bar chart. */
    private Map<String, Object> rolesChart(List<OfficerInfo> team) {
        List<PostRole> order = List.of(PostRole.values());
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", "3%", "right", "3%", "bottom", "3%", "top", 40, "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        order.stream().map(r -> getTranslation(r.labelKey())).toList(),
                        "axisLabel",
                        Map.of("interval", 0)));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put(
                "series",
                List.of(
                        series(getTranslation("detail.daily"), team, order, false, "#2563eb"),
                        series(getTranslation("detail.reserve"), team, order, true, "#94a3b8")));
        return option;
    }

    private static Map<String, Object> series(
            String name, List<OfficerInfo> team, List<PostRole> order, boolean reserve, String color) {
        return Map.of(
                "type",
                "bar",
                "stack",
                "role",
                "name",
                name,
                "itemStyle",
                Map.of("color", color),
                "data",
                order.stream()
                        .map(r -> team.stream()
                                .filter(o -> o.postRole() == r && o.reserve() == reserve)
                                .count())
                        .toList());
    }

    @Override
    public String getPageTitle() {
        return (post == null ? "" : post.name() + " · ") + getTranslation("app.name");
    }
}
