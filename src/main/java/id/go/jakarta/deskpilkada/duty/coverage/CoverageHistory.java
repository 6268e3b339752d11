package id.go.jakarta.deskpilkada.duty.coverage;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A post's coverage over a past period, from plain data (a pure function, like
 * {@link CoverageCalculator}): the roster keeps each entry's status, its first sign-in and its last
 * sign-out, so who was on duty at any moment can be told again afterwards. What it cannot tell: an
 * officer who left and came back counts as present throughout (a return clears the sign-out), and
 * the headcount is the shift's current one.
 */
public final class CoverageHistory {

    private final Duration grace;

    public CoverageHistory(Duration grace) {
        this.grace = grace;
    }

    /**
     * @param shifts  the post's shift templates, inactive ones included (an instance of an inactive
     *                shift counts only if it had roster entries)
     * @param roster  the post's roster entries of the days the period touches and the day before
     * @param from    the start of the period
     * @param to      the end of the period (or now, if that is earlier)
     */
    public PeriodCoverage compute(
            long poskoId, Collection<ShiftInfo> shifts, Collection<AssignmentInfo> roster, Instant from, Instant to) {
        Map<String, List<AssignmentInfo>> byInstance = CoverageCalculator.byInstance(roster);
        List<PeriodCoverage.ShiftPeriod> periods = new ArrayList<>();
        List<PeriodCoverage.Gap> gaps = new ArrayList<>();
        if (!from.isBefore(to)) {
            return new PeriodCoverage(poskoId, from, to, periods, gaps, 0);
        }
        for (LocalDate day = Wib.day(from).minusDays(1); !day.isAfter(Wib.day(to)); day = day.plusDays(1)) {
            for (ShiftInfo shift : shifts) {
                List<AssignmentInfo> team =
                        byInstance.getOrDefault(CoverageCalculator.instance(shift.id(), day), List.of());
                if (!shift.active() && team.isEmpty()) {
                    continue;
                }
                // The entries keep the hours the instance had; the template may have changed since.
                Instant start =
                        team.isEmpty() ? shift.startsAt(day) : team.getFirst().startsAt();
                Instant end =
                        team.isEmpty() ? shift.endsAt(day) : team.getFirst().endsAt();
                if (!start.isBefore(to) || !end.isAfter(from)) {
                    continue;
                }
                Map<PostRole, Integer> need = shift.requiredInOrder();
                int required = 0;
                int present = 0;
                int absent = 0;
                int excused = 0;
                for (Map.Entry<PostRole, Integer> role : need.entrySet()) {
                    int in = 0;
                    for (AssignmentInfo a : team) {
                        if (a.role() == role.getKey()
                                && a.status().onDuty()
                                && a.signedInAt() != null
                                && a.signedInAt().isBefore(to)) {
                            in++;
                        }
                    }
                    required += role.getValue();
                    present += Math.min(in, role.getValue());
                }
                for (AssignmentInfo a : team) {
                    if (a.status() == AttendanceStatus.ABSENT) {
                        absent++;
                    } else if (a.status() == AttendanceStatus.IZIN) {
                        excused++;
                    }
                }
                periods.add(new PeriodCoverage.ShiftPeriod(
                        shift.id(), shift.name(), start, end, required, present, absent, excused));
                gaps.addAll(gaps(shift.name(), need, team, start, end, from, to));
            }
        }
        periods.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
        gaps.sort((a, b) -> a.from().compareTo(b.from()));
        return new PeriodCoverage(poskoId, from, to, periods, gaps, unionMinutes(gaps));
    }

    /** The stretches of one shift instance, within the period, in which it was short of people. */
    private List<PeriodCoverage.Gap> gaps(
            String name,
            Map<PostRole, Integer> need,
            List<AssignmentInfo> team,
            Instant start,
            Instant end,
            Instant from,
            Instant to) {
        Instant lo = start.isAfter(from) ? start : from;
        Instant hi = end.isBefore(to) ? end : to;
        // Who is on duty changes only at these moments: the count is constant between two of them.
        TreeSet<Instant> moments = new TreeSet<>();
        moments.add(lo);
        moments.add(start.plus(grace));
        for (AssignmentInfo a : team) {
            if (a.signedInAt() != null) {
                moments.add(a.signedInAt());
            }
            if (a.signedOutAt() != null) {
                moments.add(a.signedOutAt());
            }
        }
        List<Instant> cuts = new ArrayList<>(moments.subSet(lo, true, hi, false));
        cuts.add(hi);
        List<PeriodCoverage.Gap> found = new ArrayList<>();
        Instant gapFrom = null;
        int worst = 0;
        for (int i = 0; i < cuts.size() - 1; i++) {
            Instant t = cuts.get(i);
            int missing = missingAt(need, team, t, t.isBefore(start.plus(grace)));
            if (missing > 0) {
                if (gapFrom == null) {
                    gapFrom = t;
                    worst = 0;
                }
                worst = Math.max(worst, missing);
            } else if (gapFrom != null) {
                found.add(new PeriodCoverage.Gap(name, gapFrom, t, worst, false));
                gapFrom = null;
            }
        }
        if (gapFrom != null) {
            found.add(new PeriodCoverage.Gap(name, gapFrom, hi, worst, hi.equals(to) && end.isAfter(to)));
        }
        return found;
    }

    private static int missingAt(Map<PostRole, Integer> need, List<AssignmentInfo> team, Instant t, boolean inGrace) {
        int missing = 0;
        for (Map.Entry<PostRole, Integer> role : need.entrySet()) {
            int in = 0;
            int coming = 0;
            for (AssignmentInfo a : team) {
                if (a.role() != role.getKey()) {
                    continue;
                }
                boolean signedOut = a.signedOutAt() != null && !a.signedOutAt().isAfter(t);
                boolean arrived = a.signedInAt() != null && !a.signedInAt().isAfter(t);
                if (a.status().onDuty() && arrived && !signedOut) {
                    in++;
                } else if (!a.status().away() && !arrived && !signedOut) {
                    coming++;
                }
            }
            int counted = Math.min(role.getValue(), inGrace ? in + coming : in);
            missing += role.getValue() - counted;
        }
        return missing;
    }

    private static long unionMinutes(List<PeriodCoverage.Gap> sorted) {
        // Summed exactly and truncated once, so the union is never shorter than its longest gap.
        Duration total = Duration.ZERO;
        Instant coveredTo = Instant.MIN;
        for (PeriodCoverage.Gap g : sorted) {
            Instant s = g.from().isAfter(coveredTo) ? g.from() : coveredTo;
            if (g.to().isAfter(s)) {
                total = total.plus(Duration.between(s, g.to()));
                coveredTo = g.to();
            }
        }
        return total.toMinutes();
    }
}
