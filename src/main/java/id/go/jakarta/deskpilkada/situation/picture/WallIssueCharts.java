package id.go.jakarta.deskpilkada.situation.picture;

import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wall's issue charts as ECharts options built from plain maps and lists (Jackson escapes
 * every text, category names included): open issues by wilayah and severity as a heatmap, and
 * issues opened and closed per WIB day by category.
 */
public final class WallIssueCharts {

    /** One colour per category, in category order (colour-blind safe first, then distinct). */
    private static final List<String> PALETTE = List.of(
            "#60a5fa", "#f97316", "#a78bfa", "#facc15", "#34d399", "#f472b6", "#f87171", "#22d3ee", "#94a3b8",
            "#fb923c", "#4ade80", "#c084fc");

    private WallIssueCharts() {}

    public static Map<String, Object> heatmap(
            List<PoskoTile> tiles, IssueCounts counts, Messages messages, Locale language) {
        List<PoskoTile> wilayah =
                tiles.stream().filter(t -> t.level() == PoskoLevel.WILAYAH).toList();
        List<String> severities = Arrays.stream(Severity.values())
                .map(s -> messages.getTranslation(s.labelKey(), language))
                .toList();
        List<List<Integer>> data = new ArrayList<>();
        int max = 1;
        for (int y = 0; y < wilayah.size(); y++) {
            IssueCounts.Open open = counts.wilayah(wilayah.get(y).wilayahCode());
            for (Severity severity : Severity.values()) {
                int value = open.of(severity);
                max = Math.max(max, value);
                data.add(List.of(severity.ordinal(), y, value));
            }
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("backgroundColor", "transparent");
        option.put("title", Map.of("text", messages.getTranslation("wall.chart.heatmap", language), "left", "center"));
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", "3%", "right", "3%", "bottom", "14%", "top", "14%", "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", severities, "splitArea", Map.of("show", true)));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        wilayah.stream().map(PoskoTile::wilayahName).toList(),
                        "splitArea",
                        Map.of("show", true)));
        option.put(
                "visualMap",
                Map.of(
                        "min",
                        0,
                        "max",
                        max,
                        "calculable",
                        false,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "bottom",
                        "0%",
                        "inRange",
                        Map.of("color", List.of("#1e293b", "#f59e0b", "#dc2626")),
                        "textStyle",
                        Map.of("color", "#e2e8f0")));
        option.put(
                "series",
                List.of(Map.of(
                        "type",
                        "heatmap",
                        "name",
                        messages.getTranslation("wall.issues", language),
                        "data",
                        data,
                        "label",
                        Map.of("show", true, "fontSize", 16))));
        return option;
    }

    public static Map<String, Object> perDay(
            IssueCounts counts, List<CategoryInfo> categories, LocalDate today, Messages messages, Locale language) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", language);
        List<LocalDate> days = new ArrayList<>();
        for (int i = IssueCounts.DAYS - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        String opened = messages.getTranslation("wall.chart.opened", language);
        String closed = messages.getTranslation("wall.chart.closed", language);
        List<Map<String, Object>> series = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            CategoryInfo category = categories.get(c);
            String color = PALETTE.get(c % PALETTE.size());
            int[] open = new int[days.size()];
            int[] shut = new int[days.size()];
            for (IssueCounts.Day day : counts.days()) {
                int index = days.indexOf(day.day());
                if (day.categoryId() == category.id() && index >= 0) {
                    open[index] += day.opened();
                    shut[index] += day.closed();
                }
            }
            if (!category.active()
                    && Arrays.stream(open).sum() + Arrays.stream(shut).sum() == 0) {
                // A retired category is drawn only while its issues are still in the window.
                continue;
            }
            // Same series name twice: one legend entry per category toggles both bars.
            series.add(Map.of(
                    "type",
                    "bar",
                    "name",
                    category.name(),
                    "stack",
                    opened,
                    "data",
                    Arrays.stream(open).boxed().toList(),
                    "itemStyle",
                    Map.of("color", color)));
            series.add(Map.of(
                    "type",
                    "bar",
                    "name",
                    category.name(),
                    "stack",
                    closed,
                    "data",
                    Arrays.stream(shut).boxed().toList(),
                    "itemStyle",
                    Map.of("color", color, "opacity", 0.45, "decal", Map.of("symbol", "rect"))));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("backgroundColor", "transparent");
        option.put(
                "title",
                Map.of(
                        "text",
                        messages.getTranslation("wall.chart.perDay", language),
                        "subtext",
                        messages.getTranslation("wall.chart.perDay.note", language, opened, closed),
                        "left",
                        "center"));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("bottom", 0, "type", "scroll", "textStyle", Map.of("color", "#e2e8f0")));
        option.put("grid", Map.of("left", "3%", "right", "3%", "bottom", "14%", "top", "20%", "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        days.stream().map(format::format).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", series);
        return option;
    }
}
