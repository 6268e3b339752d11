package id.go.jakarta.deskpilkada.duty;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * How a post was staffed over a period (from one report due time to the next, say), reconstructed
 * from its roster: per shift instance overlapping the period how many officers were required and
 * how many signed in (present or late), how many were absent or excused, and the stretches in which
 * a running shift was short of people, with the minutes the post was short in total. Counts and
 * shift names only: no officer's name.
 *
 * @param gapMinutes minutes of the period in which at least one running shift was short (overlapping
 *                   gaps of two shifts count once)
 */
public record PeriodCoverage(
        long poskoId, Instant from, Instant to, List<ShiftPeriod> shifts, List<Gap> gaps, long gapMinutes)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public PeriodCoverage {
        shifts = List.copyOf(shifts);
        gaps = List.copyOf(gaps);
    }

    /**
     * One shift instance that overlapped the period.
     *
     * @param required the places the shift has (its current headcount per role)
     * @param present  places filled by someone who signed in (present or late) before the period ended
     * @param absent   roster entries marked absent (a replacement is a further entry)
     * @param excused  roster entries marked excused (izin)
     */
    public record ShiftPeriod(
            long shiftId,
            String name,
            Instant startsAt,
            Instant endsAt,
            int required,
            int present,
            int absent,
            int excused)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * A stretch within the period in which one shift had fewer people than required (after its grace
     * period; within it only when even everyone expected arriving would not be enough).
     *
     * @param missing the most places missing at once during the stretch
     * @param open    the gap was still open when the period ended (or at the time of computing)
     */
    public record Gap(String shift, Instant from, Instant to, int missing, boolean open) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public long minutes() {
            return java.time.Duration.between(from, to).toMinutes();
        }
    }

    public int required() {
        return shifts.stream().mapToInt(ShiftPeriod::required).sum();
    }

    public int present() {
        return shifts.stream().mapToInt(ShiftPeriod::present).sum();
    }

    public int absent() {
        return shifts.stream().mapToInt(ShiftPeriod::absent).sum();
    }

    public int excused() {
        return shifts.stream().mapToInt(ShiftPeriod::excused).sum();
    }
}
