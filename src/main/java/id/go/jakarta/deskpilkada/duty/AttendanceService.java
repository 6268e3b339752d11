package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.duty.coverage.CoverageKeeper;
import id.go.jakarta.deskpilkada.duty.internal.DutyAccess;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignment;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignmentRepository;
import id.go.jakarta.deskpilkada.duty.internal.DutyProperties;
import id.go.jakarta.deskpilkada.duty.internal.QrTokens;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplate;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplateRepository;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficerLookup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance: the chief marks his people present, late, absent or excused; an officer signs in by
 * scanning the post's rotating QR code; an attendance device signs people in and out through the
 * API. An absent officer can be replaced by a reserve, and the replacement is recorded. Sign-in is
 * open from a while before a shift starts until it ends; after the grace period it counts as late.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    private final DutyAssignmentRepository assignments;
    private final ShiftTemplateRepository shifts;
    private final OfficerLookup officers;
    private final PoskoService posko;
    private final RosterService roster;
    private final QrTokens qr;
    private final CoverageKeeper keeper;
    private final ApplicationEventPublisher events;
    private final DutyProperties properties;
    private final Clock clock;

    AttendanceService(
            DutyAssignmentRepository assignments,
            ShiftTemplateRepository shifts,
            OfficerLookup officers,
            PoskoService posko,
            RosterService roster,
            QrTokens qr,
            CoverageKeeper keeper,
            ApplicationEventPublisher events,
            DutyProperties properties,
            Clock clock) {
        this.assignments = assignments;
        this.shifts = shifts;
        this.officers = officers;
        this.posko = posko;
        this.roster = roster;
        this.qr = qr;
        this.keeper = keeper;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A shift instance open for sign-in now, with a fresh QR code for it. */
    public record SignInCode(ShiftInfo shift, LocalDate day, String token, Instant expiresAt) {}

    /** The entries of a post's shifts that are open for sign-in now or ran today, for the chief's board. */
    public List<AssignmentInfo> board(long poskoId) {
        DutyAccess.requirePlanner(CurrentActor.require(), poskoId);
        LocalDate today = id.go.jakarta.deskpilkada.base.time.Wib.today(clock);
        Instant now = clock.instant();
        return assignments
                .findByPoskoIdAndDutyDateBetweenOrderByDutyDateAscStartsAtAsc(poskoId, today.minusDays(1), today)
                .stream()
                .map(DutyAssignment::toInfo)
                .filter(a -> a.day().equals(today) || a.endsAt().isAfter(now))
                .toList();
    }

    /** QR codes for the post's shifts open for sign-in now (two around a handover). */
    public List<SignInCode> signInCodes(long poskoId) {
        DutyAccess.requirePlanner(CurrentActor.require(), poskoId);
        Instant now = clock.instant();
        List<SignInCode> codes = new ArrayList<>();
        LocalDate today = id.go.jakarta.deskpilkada.base.time.Wib.today(clock);
        for (ShiftTemplate template : shifts.findByPoskoIdOrderBySortOrderAscStartTimeAsc(poskoId)) {
            ShiftInfo shift = template.toInfo();
            if (!shift.active()) {
                continue;
            }
            for (LocalDate day : List.of(today.minusDays(1), today, today.plusDays(1))) {
                if (openForSignIn(shift.startsAt(day), shift.endsAt(day), now)) {
                    codes.add(new SignInCode(
                            shift, day, qr.issue(poskoId, shift.id(), day, now), now.plus(properties.qrValidity())));
                }
            }
        }
        codes.sort((a, b) -> a.shift().startsAt(a.day()).compareTo(b.shift().startsAt(b.day())));
        return codes;
    }

    /** The chief marks one of his people present, late, absent or excused. */
    @Transactional
    public AssignmentInfo mark(long assignmentId, long seenVersion, AttendanceStatus status, @Nullable String note) {
        Actor actor = CurrentActor.require();
        DutyAssignment a = roster.find(assignmentId, seenVersion);
        DutyAccess.requirePlanner(actor, a.poskoId());
        Instant now = clock.instant();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 300) {
            throw DeskException.invalid("attendance.note.long");
        }
        if (status == null) {
            throw DeskException.invalid("attendance.status.invalid");
        }
        switch (status) {
            case PRESENT, LATE -> {
                if (actor.system() && a.endsAt().isBefore(now)) {
                    // Recording a past shift (seeding, paper lists): as at the shift's start.
                    a.signIn(status, SignInMethod.KETUA, a.startsAt(), actor.username());
                } else {
                    requireWindow(a, now);
                    a.signIn(status, SignInMethod.KETUA, now, actor.username());
                }
            }
            case ABSENT, IZIN -> {
                if (!actor.system() && !a.endsAt().isAfter(now)) {
                    throw DeskException.invalid("attendance.shiftOver");
                }
                a.markAway(status, cleanNote, actor.username(), now);
            }
            case PLANNED -> throw DeskException.invalid("attendance.status.invalid");
        }
        return saved(a, actor.belongsTo(a.poskoId()));
    }

    /** Ends an officer's presence on his shift (by the chief, or by the officer himself). */
    @Transactional
    public AssignmentInfo signOut(long assignmentId, long seenVersion) {
        Actor actor = CurrentActor.require();
        DutyAssignment a = roster.find(assignmentId, seenVersion);
        boolean self = actor.officerId() != null && actor.officerId() == a.officerId();
        if (!self) {
            DutyAccess.requirePlanner(actor, a.poskoId());
        }
        if (!a.status().onDuty() || a.signedOutAt() != null) {
            throw DeskException.invalid("attendance.notSignedIn");
        }
        a.signOut(clock.instant(), actor.username());
        return saved(a, actor.belongsTo(a.poskoId()));
    }

    /** Puts a reserve (or any free officer) on an absent officer's place; the original stays recorded. */
    @Transactional
    public AssignmentInfo replace(long absentAssignmentId, long seenVersion, long replacementOfficerId) {
        Actor actor = CurrentActor.require();
        DutyAssignment absent = roster.find(absentAssignmentId, seenVersion);
        DutyAccess.requirePlanner(actor, absent.poskoId());
        if (!absent.status().away()) {
            throw DeskException.invalid("attendance.replace.notAway");
        }
        AssignmentInfo original = absent.toInfo();
        ShiftInfo shift = shifts.findById(original.shiftId())
                .map(ShiftTemplate::toInfo)
                .orElseThrow(() -> DeskException.notFound("shift.notFound", String.valueOf(original.shiftId())));
        OfficerInfo officer = officers.byId(replacementOfficerId)
                .orElseThrow(
                        () -> DeskException.notFound("duty.officer.notFound", String.valueOf(replacementOfficerId)));
        roster.check(actor, shift, original.day(), officer, original.role(), absent);
        DutyAssignment replacement = assignments.saveAndFlush(new DutyAssignment(
                shift,
                original.day(),
                officer.id(),
                original.role(),
                original.id(),
                actor.username(),
                clock.instant()));
        events.publishEvent(new RosterChanged(original.poskoId(), original.day(), original.day()));
        return saved(replacement, actor.belongsTo(original.poskoId()));
    }

    /**
     * The signed-in officer scanned a post's QR code. Accepted only while fresh, once, at the post
     * and for the shift it names, and only for an officer rostered there (or named as replacement).
     */
    @Transactional
    public AssignmentInfo signInWithCode(String token) {
        Actor actor = CurrentActor.require();
        if (actor.officerId() == null) {
            throw DeskException.forbidden("qr.noOfficer");
        }
        Instant now = clock.instant();
        QrTokens.Claims claims = qr.verify(token, now, properties.qrValidity());
        if (qr.spent(claims)) {
            throw DeskException.conflict("qr.used");
        }
        long officerId = actor.officerId();
        Optional<DutyAssignment> mine = assignments.findByShiftIdAndDutyDate(claims.shiftId(), claims.day()).stream()
                .filter(a -> a.officerId() == officerId && a.poskoId() == claims.poskoId())
                .findFirst();
        if (mine.isEmpty()) {
            Optional<DutyAssignment> elsewhere = assignments
                    .findOfOfficerTouching(
                            officerId, now.minus(properties.signInEarly()), now.plus(properties.signInEarly()))
                    .stream()
                    .filter(a -> !a.status().away())
                    .findFirst();
            if (elsewhere.isPresent() && elsewhere.get().poskoId() != claims.poskoId()) {
                throw DeskException.invalid(
                        "qr.otherPost",
                        postName(claims.poskoId()),
                        postName(elsewhere.get().poskoId()));
            }
            throw DeskException.invalid("qr.notRostered", postName(claims.poskoId()));
        }
        DutyAssignment a = mine.get();
        if (a.status().away()) {
            throw DeskException.invalid("qr.markedAway");
        }
        if (a.toInfo().onDuty()) {
            throw DeskException.invalid(
                    "qr.alreadyIn",
                    id.go.jakarta.deskpilkada.base.time.Wib.time(
                            java.util.Objects.requireNonNull(a.toInfo().signedInAt())));
        }
        requireWindow(a, now);
        qr.spend(claims, officerId, now);
        a.signIn(lateness(a, now), SignInMethod.QR, now, actor.username());
        return saved(a, true);
    }

    /** An attendance device reports that an officer (by NIP) came in or went out at a post. */
    @Transactional
    public AssignmentInfo deviceReport(String nip, String poskoCode, boolean in) {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.INTEGRASI) && !actor.system()) {
            throw DeskException.forbidden("duty.forbidden");
        }
        Instant now = clock.instant();
        PoskoTile post = posko.tiles().stream()
                .filter(t -> t.code().equalsIgnoreCase(poskoCode.strip()))
                .findFirst()
                .orElseThrow(() -> DeskException.notFound("posko.notFound", poskoCode));
        OfficerInfo officer =
                officers.byNip(nip.strip()).orElseThrow(() -> DeskException.notFound("duty.nip.unknown", nip));
        // Coming in: a shift that opens for sign-in by now (up to signInEarly ahead) and has not ended.
        // Going out: a shift he is on, also a little after it ended.
        DutyAssignment a = assignments
                .findOfOfficerTouching(
                        officer.id(),
                        now.minus(properties.signInEarly()),
                        now.plus(properties.signInEarly()).plusSeconds(1))
                .stream()
                .filter(x -> x.poskoId() == post.id() && !x.status().away())
                .filter(x -> in
                        ? openForSignIn(x.startsAt(), x.endsAt(), now)
                        : x.status().onDuty() && x.signedOutAt() == null)
                .findFirst()
                .orElseThrow(() -> DeskException.invalid("attendance.device.noShift", officer.nip(), post.name()));
        if (in) {
            if (a.toInfo().onDuty()) {
                return a.toInfo(); // a second badge at the door: already in, nothing changes
            }
            a.signIn(lateness(a, now), SignInMethod.PERANGKAT, now, actor.username());
        } else {
            a.signOut(now, actor.username());
        }
        return saved(a, true);
    }

    private AttendanceStatus lateness(DutyAssignment a, Instant now) {
        return now.isAfter(a.startsAt().plus(properties.grace())) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    }

    private void requireWindow(DutyAssignment a, Instant now) {
        if (!openForSignIn(a.startsAt(), a.endsAt(), now)) {
            throw DeskException.invalid(
                    "attendance.outsideWindow",
                    id.go.jakarta.deskpilkada.base.time.Wib.time(a.startsAt().minus(properties.signInEarly())),
                    id.go.jakarta.deskpilkada.base.time.Wib.time(a.endsAt()));
        }
    }

    private boolean openForSignIn(Instant start, Instant end, Instant now) {
        return !now.isBefore(start.minus(properties.signInEarly())) && now.isBefore(end);
    }

    private AssignmentInfo saved(DutyAssignment a, boolean byPost) {
        AssignmentInfo info = assignments.saveAndFlush(a).toInfo();
        events.publishEvent(new AttendanceChanged(info.poskoId(), info.id(), byPost));
        keeper.decide(info.poskoId());
        return info;
    }

    private String postName(long poskoId) {
        return posko.tile(poskoId).map(PoskoTile::name).orElse("?");
    }
}
