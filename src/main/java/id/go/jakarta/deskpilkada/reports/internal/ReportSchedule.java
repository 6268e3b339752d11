package id.go.jakarta.deskpilkada.reports.internal;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The due times of each post level in WIB. A report covers the period since the previous due time;
 * {@code 24:00} is due at 00:00 of the next day and covers 18:00–24:00 of its own day.
 */
@Component
public final class ReportSchedule {

    private static final int DAY = 24 * 60;

    private final Map<PoskoLevel, int[]> minutes;
    private final Duration grace;

    public ReportSchedule(ReportProperties properties) {
        this.minutes = Map.of(
                PoskoLevel.WILAYAH,
                parse(properties.wilayahTimes()),
                PoskoLevel.PROVINSI,
                parse(properties.provinsiTimes()));
        this.grace = properties.grace();
    }

    private static int[] parse(List<String> times) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (String time : times) {
            String[] parts = time.strip().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Due time not HH:mm: " + time);
            }
            int m = Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
            if (m <= 0 || m > DAY) {
                // 00:00 is written 24:00: the report closes the day before.
                m = m == 0 ? DAY : -1;
            }
            if (m < 0) {
                throw new IllegalArgumentException("Due time out of range: " + time);
            }
            sorted.add(m);
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("No due times");
        }
        return sorted.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The due times of one WIB day (a 24:00 one falls at 00:00 of the next day). */
    public List<Instant> duesOf(PoskoLevel level, LocalDate day) {
        List<Instant> dues = new ArrayList<>();
        ZonedDateTime start = day.atStartOfDay(Wib.ZONE);
        for (int m : minutes.get(level)) {
            dues.add(start.plusMinutes(m).toInstant());
        }
        return dues;
    }

    /** Every due time in {@code (from, to]}, in order. */
    public List<Instant> dues(PoskoLevel level, Instant from, Instant to) {
        List<Instant> dues = new ArrayList<>();
        for (LocalDate day = Wib.day(from).minusDays(1); !day.isAfter(Wib.day(to)); day = day.plusDays(1)) {
            for (Instant due : duesOf(level, day)) {
                if (due.isAfter(from) && !due.isAfter(to)) {
                    dues.add(due);
                }
            }
        }
        return dues;
    }

    /** The first due time after {@code t}. */
    public Instant nextDue(PoskoLevel level, Instant t) {
        for (LocalDate day = Wib.day(t).minusDays(1); ; day = day.plusDays(1)) {
            for (Instant due : duesOf(level, day)) {
                if (due.isAfter(t)) {
                    return due;
                }
            }
        }
    }

    /** The last due time at or before {@code t}. */
    public Instant lastDue(PoskoLevel level, Instant t) {
        for (LocalDate day = Wib.day(t); ; day = day.minusDays(1)) {
            List<Instant> dues = duesOf(level, day.minusDays(1));
            dues.addAll(duesOf(level, day));
            for (int i = dues.size() - 1; i >= 0; i--) {
                if (!dues.get(i).isAfter(t)) {
                    return dues.get(i);
                }
            }
        }
    }

    /** The start of the period a report due then covers: the previous due time. */
    public Instant periodStart(PoskoLevel level, Instant due) {
        return lastDue(level, due.minusSeconds(1));
    }

    public boolean isDue(PoskoLevel level, Instant t) {
        return lastDue(level, t).equals(t);
    }

    /** After this a report for that due time is late (and, while missing, overdue). */
    public Instant lateAfter(Instant due) {
        return due.plus(grace);
    }

    /** The WIB day a report belongs to: a 24:00 report to the day it closes. */
    public static LocalDate dayOf(Instant due) {
        return Wib.day(due.minusSeconds(1));
    }

    /** "14 Feb 2017 24:00 WIB" for the report that closes the 14th; else the plain WIB time. */
    public static String label(Instant due, Locale locale) {
        ZonedDateTime at = due.atZone(Wib.ZONE);
        if (at.getHour() == 0 && at.getMinute() == 0) {
            String day = Wib.dateTime(due.minusSeconds(60), locale);
            return day.substring(0, day.length() - " 23:59 WIB".length()) + " 24:00 WIB";
        }
        return Wib.dateTime(due, locale);
    }

    /**
     * A moment within or near a report's period: "09:30 WIB" on the WIB day the period ends (a
     * midnight due time ends the day before), else with its date.
     */
    public static String moment(Instant at, Instant periodEnd, Locale locale) {
        return Wib.day(at).equals(dayOf(periodEnd)) ? Wib.time(at) : Wib.dateTime(at, locale);
    }
}
