package id.go.jakarta.deskpilkada.duty.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.EChart;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceChanged;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.ui.PostSelect;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.StaffService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How well the posts were staffed: the daily fill rate of each post over the last two weeks (a
 * chart; leadership sees all posts, a chief his own), and one officer's attendance record.
 */
@Route("cakupan")
@Menu(order = 14, title = "nav.coverageHistory")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "ADMIN"})
class CoverageHistoryView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS = 14;

    final EChart fill = new EChart();
    final PostSelect post;
    final ComboBox<OfficerInfo> officer = new ComboBox<>();
    final Span summary = new Span();
    final Grid<AssignmentInfo> record = new Grid<>();

    private final CoverageService coverage;
    private final StaffService staff;
    private final List<PoskoTile> posts;

    CoverageHistoryView(CoverageService coverage, StaffService staff, PoskoService posko, LiveEventBus bus) {
        this.coverage = coverage;
        this.staff = staff;
        Actor actor = CurrentActor.require();
        this.post = new PostSelect(posko, actor);
        this.posts = post.posts();
        fill.setWidthFull();
        fill.setHeight("22rem");

        post.addValueChangeListener(e -> loadOfficers());
        officer.setLabel(getTranslation("duty.officer"));
        officer.setItemLabelGenerator(o -> o.fullName() + " · " + o.nip());
        officer.setWidth("28rem");
        officer.addValueChangeListener(e -> showRecord());

        record.addColumn(a -> Wib.date(a.day(), getLocale()))
                .setHeader(getTranslation("duty.day"))
                .setAutoWidth(true);
        record.addColumn(a -> Wib.time(a.startsAt()).replace(" WIB", "") + "\u2013" + Wib.time(a.endsAt()))
                .setHeader(getTranslation("duty.shift"))
                .setAutoWidth(true);
        record.addColumn(a -> posts.stream()
                        .filter(p -> p.id() == a.poskoId())
                        .map(PoskoTile::name)
                        .findFirst()
                        .orElse("?"))
                .setHeader(getTranslation("accounts.posko"))
                .setAutoWidth(true);
        record.addColumn(a -> getTranslation(a.role().labelKey()))
                .setHeader(getTranslation("detail.role"))
                .setAutoWidth(true);
        record.addColumn(a -> getTranslation(a.status().labelKey()))
                .setHeader(getTranslation("duty.status"))
                .setAutoWidth(true);
        record.addColumn(a -> a.signedInAt() == null ? (a.note() == null ? "" : a.note()) : Wib.time(a.signedInAt()))
                .setHeader(getTranslation("duty.signedIn"))
                .setAutoWidth(true);
        record.setAllRowsVisible(true);
        record.setEmptyStateText(getTranslation("duty.record.pick"));

        add(
                new H2(getTranslation("duty.history.title")),
                fill,
                new H3(getTranslation("duty.record.title")),
                new HorizontalLayout(post, officer),
                summary,
                record);
        renderChart();
        loadOfficers();
        LiveRefresh.bind(this, bus, e -> e instanceof AttendanceChanged, () -> {
            renderChart();
            showRecord();
        });
    }

    void renderChart() {
        Map<String, Object> option = new LinkedHashMap<>();
        List<String> days = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        for (PoskoTile p : posts) {
            List<CoverageService.DayFill> history = coverage.fillHistory(p.id(), DAYS);
            if (days.isEmpty()) {
                history.forEach(
                        d -> days.add(d.day().getDayOfMonth() + "/" + d.day().getMonthValue()));
            }
            List<Object> rates = new ArrayList<>();
            // A day with nothing rostered has no rate: a gap in the line, not a fall to zero.
            history.forEach(d -> rates.add(d.rostered() == 0 ? "-" : Math.round(d.rate() * 1000) / 10.0));
            series.add(Map.of(
                    "type",
                    "line",
                    "name",
                    p.name().replaceFirst("^Posko ", ""),
                    "smooth",
                    false,
                    "symbolSize",
                    6,
                    "connectNulls",
                    false,
                    "data",
                    rates));
        }
        option.put(
                "title",
                Map.of(
                        "text",
                        getTranslation("duty.history.chart", DAYS),
                        "left",
                        "center",
                        "textStyle",
                        Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", "3%", "right", "3%", "bottom", 40, "top", 40, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", days));
        option.put(
                "yAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("series", series);
        fill.setOption(option);
    }

    private void loadOfficers() {
        PoskoTile selected = post.getValue();
        officer.setItems(selected == null ? List.of() : staff.officersOf(selected.id()));
        officer.clear();
    }

    void showRecord() {
        OfficerInfo o = officer.getValue();
        if (o == null) {
            record.setItems(List.of());
            summary.setText("");
            return;
        }
        CoverageService.OfficerRecord r = coverage.officerRecord(o.id());
        record.setItems(r.shifts());
        summary.setText(r.counts().entrySet().stream()
                .map(e -> getTranslation(e.getKey().labelKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" · ")));
        summary.getElement()
                .setAttribute("data-absent", String.valueOf(r.counts().getOrDefault(AttendanceStatus.ABSENT, 0)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duty.history.title") + " · " + getTranslation("app.name");
    }
}
