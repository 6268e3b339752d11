package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.coverage.CoverageHistory;
import id.go.jakarta.deskpilkada.duty.coverage.CoverageSnapshot;
import id.go.jakarta.deskpilkada.duty.internal.DutyAccess;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignment;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignmentRepository;
import id.go.jakarta.deskpilkada.duty.internal.DutyProperties;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplate;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplateRepository;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficerLookup;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live coverage (from the cluster's snapshot: counts only, so every role, walls included, may read
 * it), the daily fill rate of each post, and each officer's attendance record.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

    private final CoverageSnapshot snapshot;
    private final DutyAssignmentRepository assignments;
    private final ShiftTemplateRepository shifts;
    private final OfficerLookup officers;
    private final CoverageHistory history;
    private final Clock clock;

    CoverageService(
            CoverageSnapshot snapshot,
            DutyAssignmentRepository assignments,
            ShiftTemplateRepository shifts,
            OfficerLookup officers,
            DutyProperties properties,
            Clock clock) {
        this.snapshot = snapshot;
        this.assignments = assignments;
        this.shifts = shifts;
        this.officers = officers;
        this.history = new CoverageHistory(properties.grace());
        this.clock = clock;
    }

    /** Every post's coverage now, by post id. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Map<Long, PostCoverage> now() {
        return snapshot.all();
    }

    public Optional<PostCoverage> now(long poskoId) {
        return Optional.ofNullable(now().get(poskoId));
    }

    /**
     * How the post was staffed from {@code from} to {@code to} (the end is taken as now if it is
     * later): its shift instances overlapping that time with places required and filled, absences
     * and excuses, and the staffing gaps with their minutes, told again from the roster. Counts and
     * shift names only, like {@link #now()}: no officer's name. In an exercise, the exercise's roster.
     */
    public PeriodCoverage period(long poskoId, Instant from, Instant to) {
        Instant now = clock.instant();
        Instant end = to.isAfter(now) ? now : to;
        List<ShiftInfo> templates = shifts.findByPoskoIdOrderBySortOrderAscStartTimeAsc(poskoId).stream()
                .map(ShiftTemplate::toInfo)
                .toList();
        LocalDate first = Wib.day(from).minusDays(1);
        LocalDate last = Wib.day(end.isAfter(from) ? end : from);
        List<AssignmentInfo> roster =
                assignments.findByPoskoIdAndDutyDateBetweenOrderByDutyDateAscStartsAtAsc(poskoId, first, last).stream()
                        .map(DutyAssignment::toInfo)
                        .toList();
        return history.compute(poskoId, templates, roster, from, end);
    }

    /**
     * A day's fill rate: places filled by someone who signed in, over places required;
     * {@code rostered} is how many entries the day had (0: nothing was planned, no rate to show).
     */
    public record DayFill(LocalDate day, int required, int filled, int rostered) {

        public double rate() {
            return required == 0 ? 0 : (double) filled / required;
        }
    }

    /**
     * The fill rate of a post over the last {@code days} days up to today. A place counts as filled
     * when someone signed in for it (late included); the headcount is the shift's current one.
     */
    public List<DayFill> fillHistory(long poskoId, int days) {
        LocalDate today = Wib.today(clock);
        LocalDate from = today.minusDays(days - 1L);
        Map<Long, ShiftInfo> templates = new HashMap<>();
        shifts.findByPoskoIdOrderBySortOrderAscStartTimeAsc(poskoId).forEach(t -> templates.put(t.id(), t.toInfo()));
        Map<LocalDate, Map<String, Integer>> signedIn = new HashMap<>();
        Map<LocalDate, Integer> rostered = new HashMap<>();
        for (DutyAssignment a :
                assignments.findByPoskoIdAndDutyDateBetweenOrderByDutyDateAscStartsAtAsc(poskoId, from, today)) {
            AssignmentInfo info = a.toInfo();
            rostered.merge(info.day(), 1, Integer::sum);
            if (info.signedInAt() != null && info.status().onDuty()) {
                signedIn.computeIfAbsent(info.day(), d -> new HashMap<>())
                        .merge(info.shiftId() + ":" + info.role(), 1, Integer::sum);
            }
        }
        List<DayFill> history = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            int required = 0;
            int filled = 0;
            Map<String, Integer> in = signedIn.getOrDefault(day, Map.of());
            for (ShiftInfo shift : templates.values()) {
                if (!shift.active()) {
                    continue;
                }
                for (Map.Entry<PostRole, Integer> need : shift.required().entrySet()) {
                    required += need.getValue();
                    filled += Math.min(need.getValue(), in.getOrDefault(shift.id() + ":" + need.getKey(), 0));
                }
            }
            history.add(new DayFill(day, required, filled, rostered.getOrDefault(day, 0)));
        }
        return history;
    }

    /** An officer's shifts, newest first, with counts per attendance status. */
    public record OfficerRecord(
            OfficerInfo officer, List<AssignmentInfo> shifts, Map<AttendanceStatus, Integer> counts) {}

    /** For the planners of the officer's post, and for the officer himself. */
    public OfficerRecord officerRecord(long officerId) {
        Actor actor = CurrentActor.require();
        OfficerInfo officer = officers.byId(officerId)
                .orElseThrow(() -> DeskException.notFound("duty.officer.notFound", String.valueOf(officerId)));
        boolean self = actor.officerId() != null && actor.officerId() == officerId;
        if (!self && !DutyAccess.mayPlan(actor, officer.homePoskoId())) {
            throw DeskException.forbidden("duty.forbidden");
        }
        List<AssignmentInfo> list = assignments.findByOfficerIdOrderByStartsAtDesc(officerId).stream()
                .map(DutyAssignment::toInfo)
                .toList();
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        list.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return new OfficerRecord(officer, list, counts);
    }
}
