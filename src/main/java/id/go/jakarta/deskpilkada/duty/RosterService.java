package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.MessageKey;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.duty.coverage.CoverageKeeper;
import id.go.jakarta.deskpilkada.duty.internal.DutyAccess;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignment;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignmentRepository;
import id.go.jakarta.deskpilkada.duty.internal.DutyProperties;
import id.go.jakarta.deskpilkada.duty.internal.RoleRule;
import id.go.jakarta.deskpilkada.duty.internal.RosterExport;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplate;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplateRepository;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficerLookup;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster: which officer holds which place on which shift of which post on which day. Every
 * rule is enforced here, whoever calls: no officer in two places at once, a minimum rest between
 * two shifts, a place filled only by an officer who can hold its role, no more people on a role
 * than the shift needs, and nothing planned into a shift that is over.
 */
@Service
@Transactional(readOnly = true)
public class RosterService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final DutyAssignmentRepository assignments;
    private final ShiftTemplateRepository shifts;
    private final OfficerLookup officers;
    private final PoskoService posko;
    private final CoverageKeeper keeper;
    private final ApplicationEventPublisher events;
    private final DutyProperties properties;
    private final Clock clock;

    RosterService(
            DutyAssignmentRepository assignments,
            ShiftTemplateRepository shifts,
            OfficerLookup officers,
            PoskoService posko,
            CoverageKeeper keeper,
            ApplicationEventPublisher events,
            DutyProperties properties,
            Clock clock) {
        this.assignments = assignments;
        this.shifts = shifts;
        this.officers = officers;
        this.posko = posko;
        this.keeper = keeper;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A day as rule messages show it ("15-02-2017"). */
    public static String formatDay(LocalDate day) {
        return DAY.format(day);
    }

    /** Whether an officer of one role may fill a place of another (for pickers; the rules check again). */
    public static boolean canHold(PostRole officer, PostRole place) {
        return RoleRule.canHold(officer, place);
    }

    /** A week of a post's roster as an XLSX workbook, with names, for its planners. */
    public byte[] exportWeek(long poskoId, LocalDate monday, java.util.function.Function<String, String> translate) {
        List<AssignmentInfo> week = week(poskoId, monday);
        Map<Long, ShiftInfo> byId = new HashMap<>();
        shifts.findByPoskoIdOrderBySortOrderAscStartTimeAsc(poskoId).forEach(s -> byId.put(s.id(), s.toInfo()));
        Map<Long, OfficerInfo> people = index(
                officers.byIds(week.stream().map(AssignmentInfo::officerId).toList()));
        return RosterExport.xlsx(
                postName(poskoId) + " · " + DAY.format(monday) + " \u2013 " + DAY.format(monday.plusDays(6)),
                week,
                byId,
                people,
                translate);
    }

    /** A post's roster for the seven days from {@code monday}, for its planners. */
    public List<AssignmentInfo> week(long poskoId, LocalDate monday) {
        requirePlannerOf(poskoId);
        return assignments
                .findByPoskoIdAndDutyDateBetweenOrderByDutyDateAscStartsAtAsc(poskoId, monday, monday.plusDays(6))
                .stream()
                .map(DutyAssignment::toInfo)
                .toList();
    }

    /** The signed-in officer's own shifts from {@code from} on (a PETUGAS sees only these). */
    public List<AssignmentInfo> mySchedule(LocalDate from) {
        Actor actor = CurrentActor.require();
        if (actor.officerId() == null) {
            return List.of();
        }
        Instant since =
                from.atStartOfDay(id.go.jakarta.deskpilkada.base.time.Wib.ZONE).toInstant();
        return assignments.findByOfficerIdOrderByStartsAtDesc(actor.officerId()).stream()
                .filter(a -> !a.endsAt().isBefore(since))
                .map(DutyAssignment::toInfo)
                .sorted((a, b) -> a.startsAt().compareTo(b.startsAt()))
                .toList();
    }

    /** Officers a planner may put on a post's shifts: that post's own, or any for leadership. */
    public List<OfficerInfo> candidates(long poskoId) {
        Actor actor = requirePlannerOf(poskoId);
        List<OfficerInfo> own =
                officers.ofPost(poskoId).stream().filter(OfficerInfo::active).toList();
        if (!DutyAccess.acrossPosts(actor)) {
            return own;
        }
        List<OfficerInfo> all = new ArrayList<>(own);
        officers.all().stream()
                .filter(o -> o.active() && o.homePoskoId() != poskoId)
                .forEach(all::add);
        return all;
    }

    /** Puts an officer on a shift in a role. */
    @Transactional
    public AssignmentInfo assign(long shiftId, LocalDate day, long officerId, PostRole role) {
        Actor actor = CurrentActor.require();
        ShiftInfo shift = shift(shiftId);
        DutyAccess.requirePlanner(actor, shift.poskoId());
        OfficerInfo officer = officers.byId(officerId)
                .orElseThrow(() -> DeskException.notFound("duty.officer.notFound", String.valueOf(officerId)));
        check(actor, shift, day, officer, role, null);
        DutyAssignment saved = assignments.saveAndFlush(
                new DutyAssignment(shift, day, officerId, role, null, actor.username(), clock.instant()));
        changed(shift.poskoId(), day, day);
        return saved.toInfo();
    }

    /**
     * A shift's hours changed: its entries that have not started move to the new hours, and each
     * is checked again (rest, double booking); one that breaks a rule refuses the whole change.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void retimeFuture(ShiftInfo shift) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        List<DutyAssignment> moved = assignments.findByShiftIdAndStartsAtAfter(shift.id(), now);
        for (DutyAssignment a : moved) {
            a.retime(shift, actor.username(), now);
        }
        assignments.saveAllAndFlush(moved);
        for (DutyAssignment a : moved) {
            AssignmentInfo info = a.toInfo();
            OfficerInfo officer = officers.byId(info.officerId())
                    .orElseThrow(
                            () -> DeskException.notFound("duty.officer.notFound", String.valueOf(info.officerId())));
            // As system for the rules that only concern who plans: the chief changed his own shift.
            check(Actor.SYSTEM, shift, info.day(), officer, info.role(), a);
        }
        if (!moved.isEmpty()) {
            LocalDate first = moved.stream()
                    .map(a -> a.toInfo().day())
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            LocalDate last = moved.stream()
                    .map(a -> a.toInfo().day())
                    .max(LocalDate::compareTo)
                    .orElseThrow();
            events.publishEvent(new RosterChanged(shift.poskoId(), first, last));
        }
    }

    /**
     * Officers were changed (in the same transaction, before it commits): a switched-off officer
     * leaves the places he was planned for that have not started, so that they show as open and
     * coverage does not count on him.
     */
    @org.springframework.context.event.EventListener
    void officersChanged(id.go.jakarta.deskpilkada.staff.OfficersChanged changed) {
        Instant now = clock.instant();
        LocalDate today = id.go.jakarta.deskpilkada.base.time.Wib.today(clock);
        for (long post : changed.poskoIds()) {
            List<DutyAssignment> future = assignments
                    .findByPoskoIdAndDutyDateBetweenOrderByDutyDateAscStartsAtAsc(
                            post, today.minusDays(1), today.plusYears(1))
                    .stream()
                    .filter(a -> a.startsAt().isAfter(now) && a.status() == AttendanceStatus.PLANNED)
                    .toList();
            Map<Long, OfficerInfo> people = index(officers.byIds(
                    future.stream().map(DutyAssignment::officerId).distinct().toList()));
            List<DutyAssignment> gone = future.stream()
                    .filter(a -> people.get(a.officerId()) == null
                            || !people.get(a.officerId()).active())
                    .toList();
            if (!gone.isEmpty()) {
                assignments.deleteAll(gone);
                assignments.flush();
                changed(post, today, today.plusYears(1));
            }
        }
    }

    /** One place to fill, for {@link #assignAll}. */
    public record Placement(long shiftId, LocalDate day, long officerId, PostRole role) {}

    /**
     * Puts many officers on shifts at once (a whole plan), all or nothing: the same rules as
     * {@link #assign}, checked in order, so a later entry sees the earlier ones. One roster event
     * per post, not one per entry.
     */
    @Transactional
    public List<AssignmentInfo> assignAll(List<Placement> placements) {
        Actor actor = CurrentActor.require();
        Map<Long, ShiftInfo> shiftCache = new HashMap<>();
        Map<Long, OfficerInfo> people = index(
                officers.byIds(placements.stream().map(Placement::officerId).toList()));
        Map<Long, LocalDate[]> touched = new java.util.TreeMap<>();
        List<AssignmentInfo> saved = new ArrayList<>();
        for (Placement p : placements) {
            ShiftInfo shift = shiftCache.computeIfAbsent(p.shiftId(), this::shift);
            DutyAccess.requirePlanner(actor, shift.poskoId());
            OfficerInfo officer = people.get(p.officerId());
            if (officer == null) {
                throw DeskException.notFound("duty.officer.notFound", String.valueOf(p.officerId()));
            }
            check(actor, shift, p.day(), officer, p.role(), null);
            saved.add(assignments
                    .saveAndFlush(new DutyAssignment(
                            shift, p.day(), officer.id(), p.role(), null, actor.username(), clock.instant()))
                    .toInfo());
            touched.merge(shift.poskoId(), new LocalDate[] {p.day(), p.day()}, (a, b) ->
                    new LocalDate[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        touched.forEach((post, range) -> changed(post, range[0], range[1]));
        return saved;
    }

    /** Takes an officer off a shift that has not started (once it runs, mark him absent instead). */
    @Transactional
    public void unassign(long assignmentId, long seenVersion) {
        DutyAssignment a = find(assignmentId, seenVersion);
        DutyAccess.requirePlanner(CurrentActor.require(), a.poskoId());
        if (!a.startsAt().isAfter(clock.instant())) {
            throw DeskException.invalid("roster.started");
        }
        if (a.status() != AttendanceStatus.PLANNED) {
            throw DeskException.invalid("roster.hasAttendance");
        }
        AssignmentInfo info = a.toInfo();
        assignments.delete(a);
        assignments.flush();
        changed(info.poskoId(), info.day(), info.day());
    }

    /**
     * Copies a week's roster of a post to another week. Entries that would break a rule there
     * (the officer is busy, inactive, or the shift is gone) are skipped and reported, the rest saved.
     */
    @Transactional
    public CopyResult copyWeek(long poskoId, LocalDate fromMonday, LocalDate toMonday) {
        Actor actor = requirePlannerOf(poskoId);
        if (fromMonday.getDayOfWeek() != DayOfWeek.MONDAY || toMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw DeskException.invalid("roster.copy.notMonday");
        }
        if (!toMonday.isAfter(fromMonday)) {
            throw DeskException.invalid("roster.copy.forward");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(fromMonday, toMonday);
        List<DutyAssignment> source = assignments.findByPoskoIdAndDutyDateBetweenOrderByDutyDateAscStartsAtAsc(
                poskoId, fromMonday, fromMonday.plusDays(6));
        Map<Long, OfficerInfo> people = index(
                officers.byIds(source.stream().map(DutyAssignment::officerId).toList()));
        int copied = 0;
        List<Skipped> skipped = new ArrayList<>();
        for (DutyAssignment original : source) {
            AssignmentInfo a = original.toInfo();
            if (a.replacesId() != null) {
                continue; // a replacement answered one day's absence; the week copies the plan
            }
            LocalDate day = a.day().plusDays(days);
            ShiftInfo shift =
                    shifts.findById(a.shiftId()).map(ShiftTemplate::toInfo).orElse(null);
            OfficerInfo officer = people.get(a.officerId());
            try {
                if (shift == null || !shift.active()) {
                    throw DeskException.invalid("roster.shift.inactive");
                }
                if (officer == null) {
                    throw DeskException.notFound("duty.officer.notFound", String.valueOf(a.officerId()));
                }
                check(actor, shift, day, officer, a.role(), null);
                assignments.saveAndFlush(new DutyAssignment(
                        shift, day, officer.id(), a.role(), null, actor.username(), clock.instant()));
                copied++;
            } catch (DeskException e) {
                skipped.add(new Skipped(
                        day,
                        shift == null ? "?" : shift.name(),
                        officer == null ? "?" : officer.fullName(),
                        e.messageKey(),
                        e.args()));
            }
        }
        if (copied > 0) {
            changed(poskoId, toMonday, toMonday.plusDays(6));
        }
        return new CopyResult(copied, List.copyOf(skipped));
    }

    /** What a week copy did. */
    public record CopyResult(int copied, List<Skipped> skipped) {}

    /** An entry a copy left out, and why (a message key and its arguments). */
    public record Skipped(LocalDate day, String shift, String officer, String reasonKey, Object[] args) {}

    /**
     * The rules for putting {@code officer} on {@code shift} of {@code day} in {@code role};
     * {@code replacing} is the absent entry a replacement stands in for (its place is free).
     */
    void check(
            Actor actor,
            ShiftInfo shift,
            LocalDate day,
            OfficerInfo officer,
            PostRole role,
            @Nullable DutyAssignment replacing) {
        // Shift first, then officer, always in this order: concurrent planners queue up here and
        // each sees what the one before him saved (double booking, full roles).
        shifts.lockById(shift.id());
        officers.lockForDuty(officer.id());
        if (!officer.active()) {
            throw DeskException.invalid("roster.officer.inactive", officer.fullName());
        }
        if (officer.homePoskoId() != shift.poskoId() && !DutyAccess.acrossPosts(actor)) {
            throw DeskException.forbidden("roster.officer.otherPost", officer.fullName());
        }
        if (!shift.active()) {
            throw DeskException.invalid("roster.shift.inactive");
        }
        Instant start = shift.startsAt(day);
        Instant end = shift.endsAt(day);
        // Only the system (seeding, taking over paper lists) may record shifts that are over.
        if (!actor.system() && !end.isAfter(clock.instant())) {
            throw DeskException.invalid("roster.shift.over", shift.name(), DAY.format(day));
        }
        if (shift.requiredOf(role) == 0) {
            throw DeskException.invalid("roster.role.notNeeded", shift.name(), roleArg(role));
        }
        if (!RoleRule.canHold(officer.postRole(), role)) {
            throw DeskException.invalid(
                    "roster.role.mismatch", officer.fullName(), roleArg(officer.postRole()), roleArg(role));
        }
        long taken = assignments.findByShiftIdAndDutyDate(shift.id(), day).stream()
                .filter(a -> a.toInfo().role() == role && !a.status().away())
                .filter(a -> replacing == null || a.id() != replacing.id())
                .count();
        if (taken >= shift.requiredOf(role)) {
            throw DeskException.conflict("roster.role.full", roleArg(role), shift.name(), DAY.format(day));
        }
        Duration rest = properties.minimumRest();
        for (DutyAssignment other :
                assignments.findOfOfficerTouching(officer.id(), start.minus(rest), end.plus(rest))) {
            AssignmentInfo o = other.toInfo();
            if (replacing != null && o.id() == replacing.id()) {
                continue;
            }
            if (o.shiftId() == shift.id() && o.day().equals(day)) {
                // Also when he was marked away: one entry per officer, shift and day.
                throw DeskException.conflict("roster.already", officer.fullName(), shift.name(), DAY.format(day));
            }
            if (o.status().away()) {
                continue;
            }
            String where = postName(o.poskoId());
            String otherShift =
                    shifts.findById(o.shiftId()).map(s -> s.toInfo().name()).orElse("?");
            if (o.overlaps(start, end)) {
                throw DeskException.conflict(
                        "roster.doubleBooked", officer.fullName(), where, otherShift, DAY.format(o.day()));
            }
            throw DeskException.conflict(
                    "roster.rest", officer.fullName(), rest.toHours(), where, otherShift, DAY.format(o.day()));
        }
    }

    static MessageKey roleArg(PostRole role) {
        return new MessageKey(role.labelKey());
    }

    /**
     * A planner of that post, and the post one of his desk's: another desk's post is "not found"
     * (leadership and admins may plan any post, of their own desk).
     */
    private Actor requirePlannerOf(long poskoId) {
        Actor actor = CurrentActor.require();
        DutyAccess.requirePlanner(actor, poskoId);
        if (posko.tile(poskoId).isEmpty()) {
            throw DeskException.notFound("posko.notFound", String.valueOf(poskoId));
        }
        return actor;
    }

    private String postName(long poskoId) {
        return posko.tile(poskoId).map(PoskoTile::name).orElse("?");
    }

    private ShiftInfo shift(long shiftId) {
        return shifts.findById(shiftId)
                .map(ShiftTemplate::toInfo)
                .orElseThrow(() -> DeskException.notFound("shift.notFound", String.valueOf(shiftId)));
    }

    /** A roster entry as the editor saw it; someone else's change since is a conflict. */
    DutyAssignment find(long assignmentId, long seenVersion) {
        DutyAssignment a = assignments
                .findById(assignmentId)
                .orElseThrow(() -> DeskException.notFound("roster.notFound", String.valueOf(assignmentId)));
        if (a.version() != seenVersion) {
            throw DeskException.conflict("roster.stale");
        }
        return a;
    }

    private void changed(long poskoId, LocalDate from, LocalDate to) {
        events.publishEvent(new RosterChanged(poskoId, from, to));
        keeper.decide(poskoId);
    }

    private static Map<Long, OfficerInfo> index(Collection<OfficerInfo> list) {
        Map<Long, OfficerInfo> map = new HashMap<>();
        list.forEach(o -> map.put(o.id(), o));
        return map;
    }
}
