package id.go.jakarta.deskpilkada.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.cluster.DeskCopies;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.duty.coverage.CoverageKeeper;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The roster's rules, attendance and coverage, on a real database. */
@RecordApplicationEvents
public abstract class DutyServiceContract {

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected ShiftService shifts;

    @Autowired
    protected RosterService roster;

    @Autowired
    protected AttendanceService attendance;

    @Autowired
    protected CoverageKeeper keeper;

    @Autowired
    protected StaffService staff;

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DeskCopies copies;

    protected DutyFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new DutyFixture(staff, shifts, posko);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        fixture.cleanUp();
    }

    @Test
    void the_demo_shifts_need_fifty_four_officers_a_day() {
        Map<Long, Integer> daily = shifts.dailyRequired();
        assertThat(fixture.post("BALAIKOTA").id())
                .satisfies(id -> assertThat(daily.get(id)).isEqualTo(12));
        assertThat(fixture.post("JAKUT").id())
                .satisfies(id -> assertThat(daily.get(id)).isEqualTo(7));
        assertThat(daily.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(54);
    }

    @Test
    void an_officer_cannot_be_on_duty_at_two_posts_at_once() {
        OfficerInfo officer = fixture.officer("JAKPUS", PostRole.OPERATOR, "DUKCAPIL");
        DutyFixture.Placed atHome =
                fixture.shift("JAKPUS", Duration.ofHours(2), Duration.ofHours(6), Map.of(PostRole.OPERATOR, 1));
        DutyFixture.Placed elsewhere =
                fixture.shift("JAKBAR", Duration.ofHours(4), Duration.ofHours(6), Map.of(PostRole.OPERATOR, 1));
        SignIn.as(context, "sekda");
        roster.assign(atHome.shift().id(), atHome.day(), officer.id(), PostRole.OPERATOR);

        assertThatThrownBy(
                        () -> roster.assign(elsewhere.shift().id(), elsewhere.day(), officer.id(), PostRole.OPERATOR))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("roster.doubleBooked");
                    assertThat(e.args()).contains("Posko Jakarta Pusat");
                });
    }

    @Test
    void a_second_shift_needs_the_minimum_rest_after_the_first() {
        OfficerInfo officer = fixture.officer("JAKSEL", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed first =
                fixture.shift("JAKSEL", Duration.ofHours(1), Duration.ofHours(4), Map.of(PostRole.STAF, 1));
        DutyFixture.Placed tooSoon =
                fixture.shift("JAKSEL", Duration.ofHours(9), Duration.ofHours(4), Map.of(PostRole.STAF, 1));
        DutyFixture.Placed rested =
                fixture.shift("JAKSEL", Duration.ofHours(13), Duration.ofHours(4), Map.of(PostRole.STAF, 1));
        SignIn.as(context, "ketua.jaksel");
        roster.assign(first.shift().id(), first.day(), officer.id(), PostRole.STAF);

        assertThatThrownBy(() -> roster.assign(tooSoon.shift().id(), tooSoon.day(), officer.id(), PostRole.STAF))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("roster.rest"));
        AssignmentInfo later = roster.assign(rested.shift().id(), rested.day(), officer.id(), PostRole.STAF);
        assertThat(later.officerId()).isEqualTo(officer.id());
    }

    @Test
    void a_shift_across_midnight_ends_the_next_morning_and_its_rest_counts_from_there() {
        OfficerInfo officer = fixture.officer("JAKUT", PostRole.STAF, "BIRO_UMUM");
        ShiftInfo night = fixture.fixedShift(
                "JAKUT", java.time.LocalTime.of(22, 0), java.time.LocalTime.of(6, 0), Map.of(PostRole.STAF, 1));
        ShiftInfo morning = fixture.fixedShift(
                "JAKUT", java.time.LocalTime.of(8, 0), java.time.LocalTime.of(12, 0), Map.of(PostRole.STAF, 1));
        ShiftInfo afternoon = fixture.fixedShift(
                "JAKUT", java.time.LocalTime.of(14, 0), java.time.LocalTime.of(18, 0), Map.of(PostRole.STAF, 1));
        java.time.LocalDate day = java.time.LocalDate.now(id.go.jakarta.deskpilkada.base.time.Wib.ZONE)
                .plusDays(20);
        SignIn.as(context, "ketua.jakut");

        AssignmentInfo a = roster.assign(night.id(), day, officer.id(), PostRole.STAF);

        assertThat(a.endsAt())
                .isEqualTo(day.plusDays(1)
                        .atTime(6, 0)
                        .atZone(id.go.jakarta.deskpilkada.base.time.Wib.ZONE)
                        .toInstant());
        assertThatThrownBy(() -> roster.assign(morning.id(), day.plusDays(1), officer.id(), PostRole.STAF))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("roster.rest"));
        assertThat(roster.assign(afternoon.id(), day.plusDays(1), officer.id(), PostRole.STAF)
                        .day())
                .isEqualTo(day.plusDays(1));
    }

    @Test
    void a_place_is_filled_only_by_an_officer_who_can_hold_its_role() {
        OfficerInfo liaison = fixture.officer("JAKTIM", PostRole.PENGHUBUNG_FORKOPIMDA, "POLDA");
        OfficerInfo technician = fixture.officer("JAKTIM", PostRole.TEKNISI_KOMINFOMAS, "KOMINFOMAS");
        DutyFixture.Placed shift =
                fixture.shift("JAKTIM", Duration.ofHours(2), Duration.ofHours(4), Map.of(PostRole.OPERATOR, 2));
        SignIn.as(context, "ketua.jaktim");

        assertThatThrownBy(() -> roster.assign(shift.shift().id(), shift.day(), liaison.id(), PostRole.OPERATOR))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("roster.role.mismatch"));
        assertThat(roster.assign(shift.shift().id(), shift.day(), technician.id(), PostRole.OPERATOR)
                        .role())
                .isEqualTo(PostRole.OPERATOR);
        assertThatThrownBy(() -> roster.assign(shift.shift().id(), shift.day(), technician.id(), PostRole.STAF))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("roster.role.notNeeded"));
    }

    @Test
    void a_chief_plans_only_his_own_post() {
        OfficerInfo officer = fixture.officer("JAKBAR", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed shift =
                fixture.shift("JAKBAR", Duration.ofHours(2), Duration.ofHours(4), Map.of(PostRole.STAF, 1));
        SignIn.as(context, "ketua.jakpus");

        assertThatThrownBy(() -> roster.assign(shift.shift().id(), shift.day(), officer.id(), PostRole.STAF))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> roster.week(fixture.post("JAKBAR").id(), shift.day()))
                .isInstanceOf(DeskException.class);
    }

    @Test
    void a_sign_in_outside_the_shift_window_is_refused() {
        OfficerInfo officer = fixture.officer("JAKUT", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed later =
                fixture.shift("JAKUT", Duration.ofHours(3), Duration.ofHours(4), Map.of(PostRole.STAF, 1));
        SignIn.as(context, "ketua.jakut");
        AssignmentInfo planned = roster.assign(later.shift().id(), later.day(), officer.id(), PostRole.STAF);

        assertThatThrownBy(() -> attendance.mark(planned.id(), planned.version(), AttendanceStatus.PRESENT, null))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("attendance.outsideWindow"));
    }

    @Test
    void an_absent_officer_is_replaced_by_a_reserve_and_both_stay_on_record() {
        OfficerInfo regular = fixture.officer("KEPSERIBU", PostRole.OPERATOR, "DUKCAPIL");
        OfficerInfo reserve = fixture.officer("KEPSERIBU", PostRole.OPERATOR, "BIRO_UMUM");
        DutyFixture.Placed shift =
                fixture.shift("KEPSERIBU", Duration.ofMinutes(-30), Duration.ofHours(4), Map.of(PostRole.OPERATOR, 1));
        SignIn.as(context, "ketua.kepseribu");
        AssignmentInfo planned = roster.assign(shift.shift().id(), shift.day(), regular.id(), PostRole.OPERATOR);
        assertThatThrownBy(() -> attendance.replace(planned.id(), planned.version(), reserve.id()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("attendance.replace.notAway"));

        AssignmentInfo absent = attendance.mark(planned.id(), planned.version(), AttendanceStatus.ABSENT, "Sakit");
        AssignmentInfo stand = attendance.replace(absent.id(), absent.version(), reserve.id());
        AssignmentInfo present = attendance.mark(stand.id(), stand.version(), AttendanceStatus.PRESENT, null);

        assertThat(present.replacesId()).isEqualTo(absent.id());
        assertThat(present.onDuty()).isTrue();
        List<AssignmentInfo> team = roster
                .week(
                        fixture.post("KEPSERIBU").id(),
                        shift.day().minusDays(shift.day().getDayOfWeek().getValue() - 1L))
                .stream()
                .filter(a -> a.shiftId() == shift.shift().id())
                .toList();
        assertThat(team)
                .extracting(AssignmentInfo::status)
                .containsExactlyInAnyOrder(AttendanceStatus.ABSENT, AttendanceStatus.PRESENT);
    }

    @Test
    void a_gap_opens_once_when_an_officer_leaves_mid_shift_and_closes_when_someone_signs_in() {
        OfficerInfo first = fixture.officer("BALAIKOTA", PostRole.STAF, "BIRO_UMUM");
        OfficerInfo second = fixture.officer("BALAIKOTA", PostRole.STAF, "BIRO_KEUANGAN");
        DutyFixture.Placed shift =
                fixture.shift("BALAIKOTA", Duration.ofMinutes(-5), Duration.ofHours(3), Map.of(PostRole.STAF, 1));
        long post = fixture.post("BALAIKOTA").id();
        SignIn.as(context, "ketua.balaikota");
        AssignmentInfo a = roster.assign(shift.shift().id(), shift.day(), first.id(), PostRole.STAF);
        AssignmentInfo in = attendance.mark(a.id(), a.version(), AttendanceStatus.PRESENT, null);
        CurrentActor.asSystem(() -> {
            keeper.decideAlone(post);
            return null;
        });
        events.clear();

        AssignmentInfo out = attendance.signOut(in.id(), in.version());
        CurrentActor.asSystem(() -> {
            keeper.decideAlone(post);
            keeper.decideAlone(post);
            return null;
        });
        assertThat(turns(post)).containsExactly(CoverageChanged.Turn.GAP_OPENED);
        assertThat(keeper.compute(post).missing()).contains(new PostCoverage.Missing(PostRole.STAF, 1));

        AssignmentInfo away = attendance.mark(out.id(), out.version(), AttendanceStatus.ABSENT, null);
        AssignmentInfo b = attendance.replace(away.id(), away.version(), second.id());
        attendance.mark(b.id(), b.version(), AttendanceStatus.PRESENT, null);
        assertThat(turns(post)).containsExactly(CoverageChanged.Turn.GAP_OPENED, CoverageChanged.Turn.GAP_CLOSED);
        assertThat(keeper.compute(post).gap()).isFalse();
    }

    @Test
    void two_planners_booking_one_officer_at_the_same_hours_at_two_posts_get_one_booking() throws Exception {
        OfficerInfo officer = fixture.officer("JAKPUS", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed atPusat =
                fixture.shift("JAKPUS", Duration.ofHours(30), Duration.ofHours(4), Map.of(PostRole.STAF, 1));
        DutyFixture.Placed atBarat =
                fixture.shift("JAKBAR", Duration.ofHours(31), Duration.ofHours(4), Map.of(PostRole.STAF, 1));
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (DutyFixture.Placed placed : List.of(atPusat, atBarat)) {
                results.add(two.submit(() -> {
                    SignIn.as(context, "sekda");
                    go.await();
                    try {
                        roster.assign(placed.shift().id(), placed.day(), officer.id(), PostRole.STAF);
                        return "ok";
                    } catch (DeskException e) {
                        return e.messageKey();
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (var r : results) {
                outcomes.add(r.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "roster.doubleBooked");
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void an_officer_marked_away_is_not_planned_twice_on_the_same_shift() {
        OfficerInfo officer = fixture.officer("JAKTIM", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed later =
                fixture.shift("JAKTIM", Duration.ofHours(5), Duration.ofHours(4), Map.of(PostRole.STAF, 2));
        SignIn.as(context, "ketua.jaktim");
        AssignmentInfo a = roster.assign(later.shift().id(), later.day(), officer.id(), PostRole.STAF);
        attendance.mark(a.id(), a.version(), AttendanceStatus.IZIN, "Cuti");

        assertThatThrownBy(() -> roster.assign(later.shift().id(), later.day(), officer.id(), PostRole.STAF))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("roster.already"));
    }

    @Test
    void marking_an_officer_away_keeps_his_recorded_sign_in() {
        OfficerInfo officer = fixture.officer("JAKSEL", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed running =
                fixture.shift("JAKSEL", Duration.ofMinutes(-10), Duration.ofHours(2), Map.of(PostRole.STAF, 1));
        SignIn.as(context, "ketua.jaksel");
        AssignmentInfo a = roster.assign(running.shift().id(), running.day(), officer.id(), PostRole.STAF);
        AssignmentInfo in = attendance.mark(a.id(), a.version(), AttendanceStatus.PRESENT, null);

        AssignmentInfo misclick = attendance.mark(in.id(), in.version(), AttendanceStatus.ABSENT, null);
        AssignmentInfo corrected = attendance.mark(misclick.id(), misclick.version(), AttendanceStatus.PRESENT, null);

        assertThat(misclick.signedInAt()).isEqualTo(in.signedInAt());
        assertThat(misclick.onDuty()).isFalse();
        assertThat(corrected.signedInAt()).isEqualTo(in.signedInAt());
        assertThat(corrected.method()).isEqualTo(SignInMethod.KETUA);
    }

    @Test
    void a_shortage_that_carries_into_another_shift_is_alerted_again() {
        long post = fixture.post("JAKSEL").id();
        fixture.shift("JAKSEL", Duration.ofMinutes(-20), Duration.ofHours(2), Map.of(PostRole.STAF, 1));
        fixture.shift("JAKSEL", Duration.ofMinutes(-5), Duration.ofHours(2), Map.of(PostRole.OPERATOR, 1));

        assertThat(turns(post)).containsExactly(CoverageChanged.Turn.GAP_OPENED, CoverageChanged.Turn.GAP_OPENED);
    }

    @Test
    void new_hours_move_the_planned_entries_and_are_refused_while_the_shift_runs() {
        OfficerInfo officer = fixture.officer("KEPSERIBU", PostRole.STAF, "BIRO_UMUM");
        // Hours that are not running now, whatever the time of day, before nor after the move.
        java.time.LocalTime from = java.time.LocalTime.now(id.go.jakarta.deskpilkada.base.time.Wib.ZONE)
                .plusHours(6)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        // Not from 23:00: moved by an hour it would start at midnight, i.e. on the next day's date
        // rather than an hour later the same night (this test failed when run at 17:xx WIB).
        if (from.getHour() == 23) {
            from = from.plusHours(1);
        }
        ShiftInfo s = fixture.fixedShift("KEPSERIBU", from, from.plusHours(4), Map.of(PostRole.STAF, 1));
        DutyFixture.Placed running =
                fixture.shift("KEPSERIBU", Duration.ofMinutes(-30), Duration.ofHours(2), Map.of(PostRole.STAF, 1));
        java.time.LocalDate day = java.time.LocalDate.now(id.go.jakarta.deskpilkada.base.time.Wib.ZONE)
                .plusDays(20);
        SignIn.as(context, "ketua.kepseribu");
        AssignmentInfo planned = roster.assign(s.id(), day, officer.id(), PostRole.STAF);
        ShiftInfo moved = shifts.update(
                s.id(),
                s.version(),
                new ShiftForm(s.name(), s.start().plusHours(1), s.end().plusHours(1), s.required()));

        AssignmentInfo after =
                roster
                        .week(
                                s.poskoId(),
                                planned.day()
                                        .minusDays(planned.day().getDayOfWeek().getValue() - 1L))
                        .stream()
                        .filter(x -> x.id() == planned.id())
                        .findFirst()
                        .orElseThrow();
        assertThat(after.startsAt()).isEqualTo(planned.startsAt().plus(Duration.ofHours(1)));
        assertThat(after.endsAt()).isEqualTo(moved.endsAt(planned.day()));

        ShiftInfo r = running.shift();
        assertThatThrownBy(() -> shifts.update(
                        r.id(),
                        r.version(),
                        new ShiftForm(r.name(), r.start().plusHours(3), r.end().plusHours(3), r.required())))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("shift.running"));
    }

    @Test
    void an_officer_switched_off_leaves_the_places_he_was_planned_for() {
        OfficerInfo officer = fixture.officer("JAKUT", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed later =
                fixture.shift("JAKUT", Duration.ofHours(6), Duration.ofHours(4), Map.of(PostRole.STAF, 1));
        SignIn.as(context, "ketua.jakut");
        AssignmentInfo planned = roster.assign(later.shift().id(), later.day(), officer.id(), PostRole.STAF);

        staff.setActive(officer.id(), staff.officer(officer.id()).version(), false);

        assertThat(roster.week(
                        planned.poskoId(),
                        planned.day().minusDays(planned.day().getDayOfWeek().getValue() - 1L)))
                .noneMatch(a -> a.id() == planned.id());
    }

    @Test
    void the_coverage_of_all_posts_read_at_once_is_each_posts_own_and_only_a_turned_post_is_due() {
        OfficerInfo officer = fixture.officer("JAKUT", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed running =
                fixture.shift("JAKUT", Duration.ofMinutes(-5), Duration.ofHours(3), Map.of(PostRole.STAF, 2));
        long jakut = fixture.post("JAKUT").id();
        SignIn.as(context, "ketua.jakut");
        AssignmentInfo a = roster.assign(running.shift().id(), running.day(), officer.id(), PostRole.STAF);
        attendance.mark(a.id(), a.version(), AttendanceStatus.PRESENT, null);
        List<Long> posts = posko.tiles().stream().map(t -> t.id()).toList();
        CurrentActor.asSystem(() -> {
            posts.forEach(keeper::decideAlone);
            return null;
        });

        Map<Long, PostCoverage> all = keeper.computeAll(posts);
        assertThat(all).containsOnlyKeys(posts);
        for (long post : posts) {
            assertThat(all.get(post))
                    .usingRecursiveComparison()
                    .ignoringFields("computedAt")
                    .isEqualTo(keeper.compute(post));
        }
        assertThat(all.get(jakut).gap()).isTrue();
        assertThat(keeper.dueForDecision(posts)).isEmpty();

        // A state left behind by a shift that has since ended: the post is due, decided once.
        jdbc.sql("update coverage_state set shift_key = 'ended@2024-11-27;' where posko_id = ?")
                .param(jakut)
                .update();
        // Not repaired (the repair would decide the post itself): only this node's copies dropped.
        copies.forgetAll();
        events.clear();
        assertThat(keeper.dueForDecision(posts)).containsExactly(jakut);
        CurrentActor.asSystem(() -> {
            keeper.dueForDecision(posts).forEach(keeper::decideAlone);
            return null;
        });
        assertThat(turns(jakut)).containsExactly(CoverageChanged.Turn.GAP_OPENED);
        assertThat(keeper.dueForDecision(posts)).isEmpty();
    }

    private List<CoverageChanged.Turn> turns(long post) {
        return events.stream(CoverageChanged.class)
                .filter(t -> t.poskoId() == post)
                .map(CoverageChanged::turn)
                .toList();
    }
}
