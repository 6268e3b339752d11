package id.go.jakarta.deskpilkada.reports.internal;

import id.go.jakarta.deskpilkada.device.DeviceOutage;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The period's shifts, gaps and outages as a report column keeps them: one line each, fields
 * separated by tabs (names have theirs replaced by spaces), times as ISO instants, so that they
 * read back in any language. A column holds at most {@link #MAX} characters: lines beyond are
 * left out (the gap minutes beside them stay exact).
 */
final class FrozenLines {

    static final int MAX = 8000;
    private static final String NONE = "-";

    private FrozenLines() {}

    static String shifts(List<PeriodCoverage.ShiftPeriod> shifts) {
        return join(
                shifts,
                s -> String.join(
                        "\t",
                        String.valueOf(s.shiftId()),
                        clean(s.name()),
                        s.startsAt().toString(),
                        s.endsAt().toString(),
                        String.valueOf(s.required()),
                        String.valueOf(s.present()),
                        String.valueOf(s.absent()),
                        String.valueOf(s.excused())));
    }

    static String gaps(List<PeriodCoverage.Gap> gaps) {
        return join(
                gaps,
                g -> String.join(
                        "\t",
                        clean(g.shift()),
                        g.from().toString(),
                        g.to().toString(),
                        String.valueOf(g.missing()),
                        String.valueOf(g.open())));
    }

    static String outages(List<DeviceOutage> outages) {
        return join(
                outages,
                o -> String.join(
                        "\t",
                        String.valueOf(o.deviceId()),
                        clean(o.name()),
                        o.downSince().toString(),
                        o.upAt() == null ? NONE : o.upAt().toString()));
    }

    static List<PeriodCoverage.ShiftPeriod> shifts(@Nullable String column) {
        return split(
                column,
                8,
                f -> new PeriodCoverage.ShiftPeriod(
                        Long.parseLong(f[0]),
                        f[1],
                        Instant.parse(f[2]),
                        Instant.parse(f[3]),
                        Integer.parseInt(f[4]),
                        Integer.parseInt(f[5]),
                        Integer.parseInt(f[6]),
                        Integer.parseInt(f[7])));
    }

    static List<PeriodCoverage.Gap> gaps(@Nullable String column) {
        return split(
                column,
                5,
                f -> new PeriodCoverage.Gap(
                        f[0],
                        Instant.parse(f[1]),
                        Instant.parse(f[2]),
                        Integer.parseInt(f[3]),
                        Boolean.parseBoolean(f[4])));
    }

    static List<DeviceOutage> outages(@Nullable String column) {
        return split(
                column,
                4,
                f -> new DeviceOutage(
                        Long.parseLong(f[0]),
                        f[1],
                        Instant.parse(f[2]),
                        NONE.equals(f[3]) ? null : Instant.parse(f[3])));
    }

    private static String clean(String name) {
        return name.replaceAll("[\\t\\r\\n]", " ");
    }

    private static <T> String join(List<T> items, Function<T, String> line) {
        StringBuilder s = new StringBuilder();
        for (T item : items) {
            String l = line.apply(item);
            if (s.length() + l.length() + 1 > MAX) {
                break;
            }
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append(l);
        }
        return s.toString();
    }

    private static <T> List<T> split(@Nullable String column, int fields, Function<String[], T> parse) {
        List<T> items = new ArrayList<>();
        if (column == null || column.isBlank()) {
            return items;
        }
        for (String line : column.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == fields) {
                items.add(parse.apply(f));
            }
        }
        return items;
    }
}
