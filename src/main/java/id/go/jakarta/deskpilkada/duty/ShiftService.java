package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.duty.coverage.CoverageKeeper;
import id.go.jakarta.deskpilkada.duty.internal.DutyAccess;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignmentRepository;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplate;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplateRepository;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shift templates of each post: when shifts run and how many of each role they need. */
@Service
@Transactional(readOnly = true)
public class ShiftService {

    static final int MAX_HEADCOUNT = 50;

    private final ShiftTemplateRepository shifts;
    private final DutyAssignmentRepository assignments;
    private final PoskoService posko;
    private final id.go.jakarta.deskpilkada.posko.PostSetupService postSetup;
    private final id.go.jakarta.deskpilkada.audit.AuditService audit;
    private final CoverageKeeper keeper;
    private final ApplicationEventPublisher events;
    private final RosterService roster;
    private final java.time.Clock clock;

    ShiftService(
            ShiftTemplateRepository shifts,
            DutyAssignmentRepository assignments,
            PoskoService posko,
            id.go.jakarta.deskpilkada.posko.PostSetupService postSetup,
            id.go.jakarta.deskpilkada.audit.AuditService audit,
            CoverageKeeper keeper,
            ApplicationEventPublisher events,
            RosterService roster,
            java.time.Clock clock) {
        this.roster = roster;
        this.clock = clock;
        this.shifts = shifts;
        this.assignments = assignments;
        this.posko = posko;
        this.postSetup = postSetup;
        this.audit = audit;
        this.keeper = keeper;
        this.events = events;
    }

    /** A post's shifts (active and not), in order. Headcounts are no secret: every role may read them. */
    public List<ShiftInfo> shiftsOf(long poskoId) {
        return shifts.findByPoskoIdOrderBySortOrderAscStartTimeAsc(poskoId).stream()
                .map(ShiftTemplate::toInfo)
                .toList();
    }

    public List<ShiftInfo> allActive() {
        return shifts.findByActiveTrue().stream()
                .map(ShiftTemplate::toInfo)
                .sorted(ShiftInfo.ORDER)
                .toList();
    }

    /** Officers needed per day at each post (the sum over its active shifts). */
    public Map<Long, Integer> dailyRequired() {
        Map<Long, Integer> total = new HashMap<>();
        for (ShiftInfo s : allActive()) {
            total.merge(s.poskoId(), s.requiredTotal(), Integer::sum);
        }
        return total;
    }

    /** Adds a shift to a post. */
    @Transactional
    public ShiftInfo create(long poskoId, ShiftForm form) {
        DutyAccess.requirePlanner(CurrentActor.require(), poskoId);
        posko.tile(poskoId).orElseThrow(() -> DeskException.notFound("posko.notFound", String.valueOf(poskoId)));
        check(poskoId, 0, form);
        ShiftTemplate shift = new ShiftTemplate(poskoId, shifts.countByPoskoId(poskoId) + 1);
        shift.apply(form);
        ShiftInfo info = saved(shift);
        audited("created", null, info);
        return info;
    }

    /**
     * Changes a shift's name, hours or headcounts, against the version the editor saw. Entries
     * already rostered keep the hours they were planned with.
     */
    @Transactional
    public ShiftInfo update(long shiftId, long seenVersion, ShiftForm form) {
        ShiftTemplate shift = find(shiftId, seenVersion);
        DutyAccess.requirePlanner(CurrentActor.require(), shift.poskoId());
        check(shift.poskoId(), shiftId, form);
        ShiftInfo before = shift.toInfo();
        boolean newHours = !before.start().equals(form.start()) || !before.end().equals(form.end());
        if (newHours
                && (running(before)
                        || running(new ShiftInfo(
                                before.id(),
                                before.poskoId(),
                                before.name(),
                                form.start(),
                                form.end(),
                                before.sortOrder(),
                                true,
                                before.required(),
                                before.version())))) {
            throw DeskException.invalid("shift.running");
        }
        shift.apply(form);
        ShiftInfo info = shifts.saveAndFlush(shift).toInfo();
        audited("updated", before, info);
        if (newHours) {
            roster.retimeFuture(info);
        }
        events.publishEvent(new ShiftsChanged(info.poskoId()));
        keeper.decide(info.poskoId());
        return info;
    }

    /** Whether an instance of the shift (yesterday's, today's or tomorrow's) is running now. */
    private boolean running(ShiftInfo shift) {
        java.time.Instant now = clock.instant();
        java.time.LocalDate today = id.go.jakarta.deskpilkada.base.time.Wib.today(clock);
        for (java.time.LocalDate day : List.of(today.minusDays(1), today, today.plusDays(1))) {
            if (!shift.startsAt(day).isAfter(now) && shift.endsAt(day).isAfter(now)) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    public ShiftInfo setActive(long shiftId, long seenVersion, boolean active) {
        ShiftTemplate shift = find(shiftId, seenVersion);
        DutyAccess.requirePlanner(CurrentActor.require(), shift.poskoId());
        ShiftInfo before = shift.toInfo();
        shift.setActive(active);
        ShiftInfo info = saved(shift);
        audited(active ? "restored" : "retired", before, info);
        return info;
    }

    /** What copying shift templates did: shifts added, and those skipped because the post has one of that name. */
    public record ShiftCopy(int copied, int skipped, int posts) {}

    /**
     * Copies the active shifts of one post (names, hours, headcounts) to another; a shift whose name
     * the target already has is skipped, so copying twice adds nothing. The planner of the target
     * post may do it (an ADMIN for any post, a chief for his own).
     */
    @Transactional
    public ShiftCopy copyShifts(long fromPoskoId, long toPoskoId) {
        DutyAccess.requirePlanner(CurrentActor.require(), toPoskoId);
        if (fromPoskoId == toPoskoId) {
            throw DeskException.invalid("shift.copy.same");
        }
        posko.tile(toPoskoId).orElseThrow(() -> DeskException.notFound("posko.notFound", String.valueOf(toPoskoId)));
        return copyInto(activeSource(fromPoskoId), toPoskoId);
    }

    /** The active shifts of the post copied from; refused when it has none. */
    private List<ShiftInfo> activeSource(long fromPoskoId) {
        List<ShiftInfo> from =
                shiftsOf(fromPoskoId).stream().filter(ShiftInfo::active).toList();
        if (from.isEmpty()) {
            throw DeskException.invalid("shift.copy.none");
        }
        return from;
    }

    /** Adds {@code from}'s shifts to a post, skipping names it has, and announces the change. */
    private ShiftCopy copyInto(List<ShiftInfo> from, long toPoskoId) {
        int copied = 0;
        int skipped = 0;
        int order = shifts.countByPoskoId(toPoskoId);
        for (ShiftInfo shift : from) {
            if (shifts.existsByPoskoIdAndNameIgnoreCaseAndIdNot(toPoskoId, shift.name(), 0)) {
                skipped++;
                continue;
            }
            ShiftTemplate copy = new ShiftTemplate(toPoskoId, ++order);
            copy.apply(new ShiftForm(shift.name(), shift.start(), shift.end(), shift.required()));
            audited("created", null, shifts.save(copy).toInfo());
            copied++;
        }
        shifts.flush();
        if (copied > 0) {
            events.publishEvent(new ShiftsChanged(toPoskoId));
            keeper.decide(toPoskoId);
        }
        return new ShiftCopy(copied, skipped, copied > 0 ? 1 : 0);
    }

    /** Copies one post's active shifts to every post in service that has no active shift yet; ADMIN only. */
    @Transactional
    public ShiftCopy copyShiftsToPostsWithout(long fromPoskoId) {
        if (!CurrentActor.require().is(id.go.jakarta.deskpilkada.base.security.Role.ADMIN)) {
            throw DeskException.forbidden("duty.forbidden");
        }
        java.util.Set<Long> staffed = new java.util.HashSet<>();
        allActive().forEach(s -> staffed.add(s.poskoId()));
        // Read from the database, not the live snapshot: posts added a moment ago count too.
        List<Long> targets = postSetup.all().stream()
                .filter(p -> p.active() && p.id() != fromPoskoId && !staffed.contains(p.id()))
                .map(p -> p.id())
                .toList();
        if (targets.isEmpty()) {
            return new ShiftCopy(0, 0, 0);
        }
        List<ShiftInfo> from = activeSource(fromPoskoId);
        int copied = 0;
        int posts = 0;
        for (long target : targets) {
            ShiftCopy one = copyInto(from, target);
            copied += one.copied();
            posts += one.posts();
        }
        return new ShiftCopy(copied, 0, posts);
    }

    /** Removes a shift nobody was ever rostered on (otherwise deactivate it: history stays). */
    @Transactional
    public void delete(long shiftId, long seenVersion) {
        ShiftTemplate shift = find(shiftId, seenVersion);
        DutyAccess.requirePlanner(CurrentActor.require(), shift.poskoId());
        if (assignments.existsByShiftId(shiftId)) {
            throw DeskException.conflict("shift.inUse");
        }
        audited("deleted", shift.toInfo(), null);
        shifts.delete(shift);
        shifts.flush();
        events.publishEvent(new ShiftsChanged(shift.poskoId()));
        keeper.decide(shift.poskoId());
    }

    /** On the audit trail: which post's shift, and its hours and headcounts before and after. */
    private void audited(
            String action,
            @org.jspecify.annotations.Nullable ShiftInfo before,
            @org.jspecify.annotations.Nullable ShiftInfo after) {
        ShiftInfo shift = after != null ? after : before;
        if (shift == null) {
            return;
        }
        String post = posko.tile(shift.poskoId()).map(p -> p.name()).orElse(String.valueOf(shift.poskoId()));
        audit.record(
                "shift",
                String.valueOf(shift.id()),
                action,
                post + " · " + shift.name(),
                fields(before),
                fields(after));
    }

    private static java.util.@org.jspecify.annotations.Nullable Map<String, Object> fields(
            @org.jspecify.annotations.Nullable ShiftInfo s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("nama", s.name());
        f.put("jam", s.hours());
        f.put("kebutuhan", s.requiredInOrder());
        f.put("aktif", s.active() ? "ya" : "tidak");
        return f;
    }

    private ShiftInfo saved(ShiftTemplate shift) {
        ShiftInfo info = shifts.saveAndFlush(shift).toInfo();
        events.publishEvent(new ShiftsChanged(info.poskoId()));
        keeper.decide(info.poskoId());
        return info;
    }

    private ShiftTemplate find(long shiftId, long seenVersion) {
        ShiftTemplate shift = shifts.findById(shiftId)
                .orElseThrow(() -> DeskException.notFound("shift.notFound", String.valueOf(shiftId)));
        if (shift.version() != seenVersion) {
            throw DeskException.conflict("shift.stale");
        }
        return shift;
    }

    private void check(long poskoId, long shiftId, ShiftForm form) {
        String name = form.name().strip();
        if (name.isEmpty() || name.length() > 60) {
            throw DeskException.invalid("shift.name.invalid");
        }
        if (form.start() == null || form.end() == null) {
            throw DeskException.invalid("shift.hours.required");
        }
        if (form.start().equals(form.end())) {
            throw DeskException.invalid("shift.hours.invalid");
        }
        int total = 0;
        for (Map.Entry<PostRole, Integer> e : form.required().entrySet()) {
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > MAX_HEADCOUNT) {
                throw DeskException.invalid("shift.headcount.invalid", MAX_HEADCOUNT);
            }
            total += e.getValue();
        }
        if (total == 0) {
            throw DeskException.invalid("shift.headcount.none");
        }
        if (shifts.existsByPoskoIdAndNameIgnoreCaseAndIdNot(poskoId, name, shiftId)) {
            throw DeskException.conflict("shift.name.taken", name);
        }
    }
}
