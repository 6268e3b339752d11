package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.go.jakarta.deskpilkada.base.ui.EChart;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.IssueTrend;
import id.go.jakarta.deskpilkada.issues.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One wilayah (or the provincial post) on the issues board: open issues by status and by
 * severity, referrals past their target, how long the oldest open report has waited, and the last
 * two weeks. Only public numbers, so every role sees every card. A click narrows the list.
 */
class IssueBoardCard extends Div {

    /** The statuses an open issue can have, in workflow order. */
    static final List<IssueStatus> OPEN = List.of(IssueStatus.BARU, IssueStatus.TERVERIFIKASI, IssueStatus.DITANGANI);

    final H3 name = new H3();
    final Span total = new Span();
    final Map<IssueStatus, Span> statuses = new EnumMap<>(IssueStatus.class);
    final Map<Severity, Span> severities = new EnumMap<>(Severity.class);
    final Span overdue = new Span();
    final Span oldest = new Span();
    final EChart trend = new EChart();

    /** The wilayah code, or empty for the provincial post. */
    final String code;

    IssueBoardCard(String code, String title, Runnable choose) {
        this.code = code;
        addClassName("issue-card");
        setId("issue-card-" + (code.isEmpty() ? "provinsi" : code.replace('.', '-')));
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "button");
        name.setText(title);
        total.addClassName("issue-card-total");
        Div head = new Div(name, total);
        head.addClassName("issue-card-head");

        Div statusLine = new Div();
        statusLine.addClassName("issue-card-line");
        for (IssueStatus status : OPEN) {
            Span s = new Span();
            statuses.put(status, s);
            statusLine.add(s);
        }
        Div severityLine = new Div();
        severityLine.addClassName("issue-card-line");
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            Span s = new Span();
            s.addClassNames("severity-badge", "severity-" + severity.name().toLowerCase(Locale.ROOT));
            severities.put(severity, s);
            severityLine.add(s);
        }
        Div ageLine = new Div(overdue, oldest);
        ageLine.addClassName("issue-card-line");
        trend.setHeight("4.5rem");
        add(head, statusLine, severityLine, ageLine, trend);

        addClickListener(e -> choose.run());
        // Keyboard users choose a card the way they press a button.
        getElement()
                .addEventListener("keydown", e -> choose.run())
                .setFilter("event.key === 'Enter' || event.key === ' '");
    }

    void show(IssueCounts.Open open, IssueTrend.Series series, List<LocalDate> days, Instant now) {
        total.setText(String.valueOf(open.total()));
        getElement().setAttribute("data-open", String.valueOf(open.total()));
        statuses.forEach((status, span) -> span.setText(getTranslation(status.labelKey()) + " " + open.of(status)));
        severities.forEach((severity, span) -> {
            int n = open.of(severity);
            span.setText(getTranslation(severity.labelKey()) + " " + n);
            span.setClassName("severity-none", n == 0);
        });
        overdue.setText(getTranslation("issues.board.overdue", open.overdue()));
        overdue.setClassName("issue-card-overdue", open.overdue() > 0);
        oldest.setText(
                open.oldest() == null
                        ? getTranslation("issues.board.noneOpen")
                        : getTranslation("issues.board.oldest", age(Duration.between(open.oldest(), now))));
        trend.setOption(chart(series, days));
    }

    void selected(boolean selected) {
        setClassName("issue-card-selected", selected);
        getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    /** "12 menit", "3 jam", "2 hari": the coarsest unit that is at least one. */
    private String age(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 60) {
            return getTranslation("issues.age.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return getTranslation("issues.age.hours", minutes / 60);
        }
        return getTranslation("issues.age.days", minutes / (24 * 60));
    }

    private Map<String, Object> chart(IssueTrend.Series series, List<LocalDate> days) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 2, "right", 2, "top", 4, "bottom", 2));
        option.put("tooltip", Map.of("trigger", "axis", "confine", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "show",
                        false,
                        "data",
                        days.stream()
                                .map(d -> d.getDayOfMonth() + "/" + d.getMonthValue())
                                .toList()));
        option.put("yAxis", Map.of("type", "value", "show", false, "minInterval", 1));
        option.put(
                "series",
                List.of(
                        Map.of(
                                "type",
                                "line",
                                "name",
                                getTranslation("issues.board.opened"),
                                "data",
                                series.opened(),
                                "symbol",
                                "none",
                                "color",
                                "#c4161c",
                                "lineStyle",
                                Map.of("width", 2)),
                        Map.of(
                                "type",
                                "line",
                                "name",
                                getTranslation("issues.board.closed"),
                                "data",
                                series.closed(),
                                "symbol",
                                "none",
                                "color",
                                "#1e7b34",
                                "lineStyle",
                                Map.of("width", 2))));
        return option;
    }
}
