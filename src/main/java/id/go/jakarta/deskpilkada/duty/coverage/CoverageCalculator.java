package id.go.jakarta.deskpilkada.duty.coverage;

import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage from plain data, without the database: a pure function, so that it can be tested
 * directly and measured (the benchmark runs it for 7 and for 50 posts).
 */
final class CoverageCalculator {

    private final Duration grace;

    CoverageCalculator(Duration grace) {
        this.grace = grace;
    }

    /**
     * @param shifts      the post's shift templates (inactive ones are ignored)
     * @param assignments the post's roster entries for {@code today} and the day before
     */
    PostCoverage compute(
            long poskoId,
            Collection<ShiftInfo> shifts,
            Collection<AssignmentInfo> assignments,
            LocalDate today,
            Instant now) {
        Map<String, List<AssignmentInfo>> byInstance = byInstance(assignments);
        List<PostCoverage.ShiftCoverage> running = new ArrayList<>();
        Map<PostRole, Integer> missing = new EnumMap<>(PostRole.class);
        int present = 0;
        int required = 0;
        int pending = 0;
        for (ShiftInfo shift : shifts) {
            if (!shift.active()) {
                continue;
            }
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                Instant start = shift.startsAt(day);
                if (start.isAfter(now) || !shift.endsAt(day).isAfter(now)) {
                    continue;
                }
                boolean inGrace = now.isBefore(start.plus(grace));
                List<AssignmentInfo> team = byInstance.getOrDefault(instance(shift.id(), day), List.of());
                List<PostCoverage.RoleCoverage> roles = new ArrayList<>();
                for (Map.Entry<PostRole, Integer> need : shift.requiredInOrder().entrySet()) {
                    PostRole role = need.getKey();
                    int in = 0;
                    int coming = 0;
                    for (AssignmentInfo a : team) {
                        if (a.role() != role) {
                            continue;
                        }
                        if (a.onDuty()) {
                            in++;
                        } else if (a.status() == AttendanceStatus.PLANNED) {
                            coming++;
                        }
                    }
                    int counted = Math.min(in, need.getValue());
                    int short_ = need.getValue() - (inGrace ? Math.min(need.getValue(), in + coming) : counted);
                    if (short_ > 0) {
                        missing.merge(role, short_, Integer::sum);
                    }
                    roles.add(new PostCoverage.RoleCoverage(role, need.getValue(), in, coming));
                    present += counted;
                    required += need.getValue();
                    pending += Math.min(coming, need.getValue() - counted);
                }
                running.add(new PostCoverage.ShiftCoverage(
                        shift.id(), shift.name(), day, start, shift.endsAt(day), inGrace, List.copyOf(roles)));
            }
        }
        running.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
        List<PostCoverage.Missing> gaps = missing.entrySet().stream()
                .map(e -> new PostCoverage.Missing(e.getKey(), e.getValue()))
                .toList();
        return new PostCoverage(
                poskoId, now, List.copyOf(running), present, required, pending, !gaps.isEmpty(), gaps, null);
    }

    /** Roster entries by shift instance (a shift on a day), the key {@link #instance} gives. */
    static Map<String, List<AssignmentInfo>> byInstance(Collection<AssignmentInfo> roster) {
        Map<String, List<AssignmentInfo>> byInstance = new HashMap<>();
        for (AssignmentInfo a : roster) {
            byInstance
                    .computeIfAbsent(instance(a.shiftId(), a.day()), k -> new ArrayList<>())
                    .add(a);
        }
        return byInstance;
    }

    static String instance(long shiftId, LocalDate day) {
        return shiftId + "@" + day;
    }
}
