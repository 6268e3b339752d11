package id.go.jakarta.deskpilkada.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceOutage;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.DutyFixture;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.internal.MissedReportWatch;
import id.go.jakarta.deskpilkada.reports.internal.ReportSchedule;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Situation reports: writing with prefilled and frozen facts, lateness, review and resubmission,
 * immutability and corrections, stale edits, permissions per role, and missed-report detection.
 * Each test works on its own post or its own due times (days back), so that the tests share one
 * database without meeting.
 */
@RecordApplicationEvents
public abstract class ReportServiceContract {

    @Autowired
    protected ReportService reports;

    @Autowired
    protected MissedReportWatch watch;

    @Autowired
    protected ReportSchedule schedule;

    @Autowired
    protected IssueService issues;

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected Clock clock;

    @Autowired
    protected StaffService staff;

    @Autowired
    protected ShiftService shifts;

    @Autowired
    protected RosterService roster;

    @Autowired
    protected AttendanceService attendance;

    @Autowired
    protected DeviceService devices;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    protected long post(String code) {
        return posko.tiles().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .map(PoskoTile::id)
                .orElseThrow();
    }

    /** The wilayah due time at that hour (WIB) that many days back. */
    protected Instant wilayahDue(int daysBack, int hour) {
        return schedule
                .duesOf(
                        PoskoLevel.WILAYAH,
                        id.go.jakarta.deskpilkada.base.time.Wib.today(clock).minusDays(daysBack))
                .stream()
                .filter(d ->
                        d.atZone(id.go.jakarta.deskpilkada.base.time.Wib.ZONE).getHour() == hour % 24)
                .findFirst()
                .orElseThrow();
    }

    private static ReportText text(String kamtibmas) {
        return new ReportText(kamtibmas, "Rekapitulasi di PPK", "Kondusif", "Koordinasi dengan Polres", "Tidak ada");
    }

    private static void refused(ThrowingCallable call, DeskException.Kind kind, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void a_chief_submits_the_next_report_on_time_and_its_facts_are_frozen_at_submission() {
        SignIn.as(context, "ketua.jakpus");
        long jakpus = post("JAKPUS");
        long category = issues.categories().stream()
                .filter(c -> c.code().equals("KAMTIBMAS"))
                .findFirst()
                .map(CategoryInfo::id)
                .orElseThrow();
        issues.file(
                new IssueForm(
                        "Massa berkumpul di depan kantor KPU",
                        null,
                        category,
                        Severity.KRITIS,
                        null,
                        null,
                        "31.71.01.1001",
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                null);

        Instant next = schedule.nextDue(PoskoLevel.WILAYAH, clock.instant());
        assertThat(reports.openDues(jakpus)).last().isEqualTo(next);
        ReportInfo draft = reports.start(jakpus, next);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.periodStart()).isEqualTo(schedule.periodStart(PoskoLevel.WILAYAH, next));
        assertThat(reports.facts(jakpus, next).newOf(Severity.KRITIS)).isPositive();
        assertThat(reports.start(jakpus, next).id()).as("the same draft again").isEqualTo(draft.id());

        ReportInfo saved = reports.save(draft.id(), draft.version(), text("Unjuk rasa damai"));
        ReportInfo sent = reports.submit(saved.id(), saved.version(), saved.text());
        assertThat(sent.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(sent.late()).isFalse();
        assertThat(sent.submittedAt()).isNotNull();
        assertThat(sent.facts()).isNotNull();
        int frozen = sent.facts().newOf(Severity.KRITIS);
        assertThat(frozen).isPositive();
        assertThat(sent.facts().newByCategory()).anySatisfy(c -> assertThat(c).startsWith("Kamtibmas / unjuk rasa: "));
        assertThat(sent.facts().openByCategory()).anySatisfy(c -> assertThat(c).startsWith("Kamtibmas / unjuk rasa: "));
        assertThat(sent.facts().openOf(Severity.KRITIS)).isGreaterThanOrEqualTo(0);
        assertThat(events.stream(ReportChanged.class)
                        .filter(e -> e.reportId() == sent.id() && e.status() == ReportStatus.SUBMITTED && e.byPost()))
                .hasSize(1);

        issues.file(
                new IssueForm(
                        "Massa kedua berkumpul",
                        null,
                        category,
                        Severity.KRITIS,
                        null,
                        null,
                        "31.71.01.1001",
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                null);
        assertThat(reports.report(sent.id()).facts().newOf(Severity.KRITIS)).isEqualTo(frozen);
        assertThat(reports.openDues(jakpus)).doesNotContain(next);
        refused(() -> reports.start(jakpus, next), DeskException.Kind.CONFLICT, "report.exists");
    }

    @Test
    void the_facts_give_the_periods_staffing_with_its_absence_and_gap_and_every_device_down_in_it() {
        DutyFixture fixture = new DutyFixture(staff, shifts, posko);
        try {
            long jaktim = post("JAKTIM");
            OfficerInfo came = fixture.officer("JAKTIM", PostRole.STAF, "BIRO_UMUM");
            OfficerInfo away = fixture.officer("JAKTIM", PostRole.STAF, "BIRO_KEUANGAN");
            // Running since before any period that ends now began: it overlaps the current one.
            DutyFixture.Placed shift =
                    fixture.shift("JAKTIM", Duration.ofHours(-7), Duration.ofHours(10), Map.of(PostRole.STAF, 2));
            SignIn.as(context, "ketua.jaktim");
            AssignmentInfo first = roster.assign(shift.shift().id(), shift.day(), came.id(), PostRole.STAF);
            AssignmentInfo second = roster.assign(shift.shift().id(), shift.day(), away.id(), PostRole.STAF);
            attendance.mark(first.id(), first.version(), AttendanceStatus.PRESENT, null);
            attendance.mark(second.id(), second.version(), AttendanceStatus.ABSENT, "Sakit");

            DeviceInfo flaky =
                    devices.register(new DeviceForm(jaktim, DeviceKind.CCTV, "Kamera periode Kalideres", null, null));
            DeviceInfo dead =
                    devices.register(new DeviceForm(jaktim, DeviceKind.CCTV, "Kamera periode Cengkareng", null, null));
            devices.reportStatus(flaky.id(), DeviceStatus.DOWN, "Kabel putus");
            devices.reportStatus(flaky.id(), DeviceStatus.UP, null);
            devices.reportStatus(dead.id(), DeviceStatus.DOWN, null);

            Instant next = schedule.nextDue(PoskoLevel.WILAYAH, clock.instant());
            ReportFacts facts = reports.facts(jaktim, next);
            assertPeriodFacts(facts, shift.shift().name());
            List<DeviceOutage> outages = facts.outages();
            assertThat(outages)
                    .filteredOn(o -> o.deviceId() == flaky.id())
                    .singleElement()
                    .satisfies(o -> {
                        assertThat(o.upAt())
                                .as("up again inside the period")
                                .isNotNull()
                                .isAfterOrEqualTo(o.downSince());
                        assertThat(o.downSince()).isAfterOrEqualTo(schedule.periodStart(PoskoLevel.WILAYAH, next));
                    });
            assertThat(outages)
                    .filteredOn(o -> o.deviceId() == dead.id())
                    .singleElement()
                    .satisfies(o -> assertThat(o.stillDown()).isTrue());

            ReportInfo draft = reports.start(jaktim, next);
            ReportInfo sent = reports.submit(draft.id(), draft.version(), text("Satu petugas sakit"));
            ReportFacts frozen = reports.report(sent.id()).facts();
            assertThat(frozen).isNotNull();
            assertPeriodFacts(frozen, shift.shift().name());
            assertThat(frozen.outages())
                    .extracting(DeviceOutage::name, DeviceOutage::stillDown)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("Kamera periode Kalideres", false),
                            org.assertj.core.groups.Tuple.tuple("Kamera periode Cengkareng", true));

            devices.reportStatus(dead.id(), DeviceStatus.UP, null);
            assertThat(reports.report(sent.id()).facts().outages())
                    .as("frozen at submission")
                    .filteredOn(o -> o.deviceId() == dead.id())
                    .singleElement()
                    .satisfies(o -> assertThat(o.stillDown()).isTrue());
            assertThat(reports.facts(jaktim, next).outages())
                    .as("computed now")
                    .filteredOn(o -> o.deviceId() == dead.id())
                    .singleElement()
                    .satisfies(o -> assertThat(o.stillDown()).isFalse());
        } finally {
            SignIn.out();
            fixture.cleanUp();
        }
    }

    private static void assertPeriodFacts(ReportFacts facts, String shiftName) {
        PeriodCoverage duty = facts.dutyPeriod();
        assertThat(duty).isNotNull();
        assertThat(duty.shifts())
                .filteredOn(s -> s.name().equals(shiftName))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.required()).isEqualTo(2);
                    assertThat(s.present()).isEqualTo(1);
                    assertThat(s.absent()).isEqualTo(1);
                });
        assertThat(duty.absent()).isGreaterThanOrEqualTo(1);
        assertThat(duty.gaps())
                .filteredOn(g -> g.shift().equals(shiftName))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.open()).as("one of two places is still empty").isTrue();
                    assertThat(g.missing()).isBetween(1, 2);
                    assertThat(g.to()).isAfterOrEqualTo(g.from());
                });
        assertThat(duty.gapMinutes())
                .isGreaterThanOrEqualTo(duty.gaps().stream()
                        .filter(g -> g.shift().equals(shiftName))
                        .mapToLong(PeriodCoverage.Gap::minutes)
                        .max()
                        .orElseThrow());
    }

    @Test
    void a_report_submitted_after_its_due_time_and_grace_is_marked_late() {
        SignIn.as(context, "ketua.jakut");
        Instant due = wilayahDue(2, 12);
        ReportInfo draft = reports.start(post("JAKUT"), due);
        ReportInfo sent = reports.submit(draft.id(), draft.version(), text("Aman"));
        assertThat(sent.late()).isTrue();
        assertThat(sent.submittedAt()).isAfter(schedule.lateAfter(due));
    }

    @Test
    void the_midnight_report_covers_eighteen_to_twenty_four_of_its_day() {
        SignIn.as(context, "ketua.jakbar");
        Instant midnight = wilayahDue(3, 24);
        ReportInfo draft = reports.start(post("JAKBAR"), midnight);
        assertThat(draft.dueAt()).isEqualTo(midnight);
        assertThat(draft.periodStart()).isEqualTo(midnight.minus(Duration.ofHours(6)));
        assertThat(ReportSchedule.dayOf(draft.dueAt()))
                .isEqualTo(id.go.jakarta.deskpilkada.base.time.Wib.today(clock).minusDays(3));
    }

    @Test
    void a_returned_report_is_edited_and_resubmitted_then_accepted() {
        SignIn.as(context, "ketua.jaksel");
        long jaksel = post("JAKSEL");
        ReportInfo draft = reports.start(jaksel, wilayahDue(4, 12));
        ReportInfo sent = reports.submit(draft.id(), draft.version(), text("Kondusif"));
        Instant firstSubmission = sent.submittedAt();

        SignIn.as(context, "ketua.balaikota");
        refused(
                () -> reports.sendBack(sent.id(), sent.version(), "  "),
                DeskException.Kind.INVALID,
                "report.return.noteRequired");
        ReportInfo returned = reports.sendBack(sent.id(), sent.version(), "Lengkapi jumlah massa");
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnNote()).isEqualTo("Lengkapi jumlah massa");
        assertThat(events.stream(ReportChanged.class)
                        .filter(e -> e.reportId() == sent.id() && e.status() == ReportStatus.RETURNED && !e.byPost()))
                .hasSize(1);

        SignIn.as(context, "ketua.jaksel");
        ReportInfo edited = reports.save(returned.id(), returned.version(), text("Unjuk rasa sekitar 200 orang"));
        assertThat(edited.status()).isEqualTo(ReportStatus.RETURNED);
        ReportInfo again = reports.submit(edited.id(), edited.version(), edited.text());
        assertThat(again.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(again.submittedAt()).as("reported when first sent").isEqualTo(firstSubmission);
        assertThat(again.text().kamtibmas()).isEqualTo("Unjuk rasa sekitar 200 orang");

        SignIn.as(context, "ketua.balaikota");
        ReportInfo accepted = reports.accept(again.id(), again.version());
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.reviewedBy()).isNotBlank();
        // The relay puts a commit into the snapshot on the committing thread when it is idle, else a
        // moment later on its own thread (another desk's or the roll-up's events may keep it busy).
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(reports.wallStatus().get(jaksel).lastAcceptedAt())
                        .as("from the live snapshot")
                        .isEqualTo(accepted.reviewedAt()));
    }

    @Test
    void an_accepted_report_cannot_be_edited_and_a_correction_becomes_version_two() {
        SignIn.as(context, "ketua.jaktim");
        long jaktim = post("JAKTIM");
        ReportInfo draft = reports.start(jaktim, wilayahDue(6, 18));
        ReportInfo sent = reports.submit(draft.id(), draft.version(), text("Aman terkendali"));
        SignIn.as(context, "sekda");
        ReportInfo accepted = reports.accept(sent.id(), sent.version());

        SignIn.as(context, "ketua.jaktim");
        refused(
                () -> reports.save(accepted.id(), accepted.version(), text("diubah")),
                DeskException.Kind.CONFLICT,
                "report.accepted.immutable");
        refused(
                () -> reports.submit(accepted.id(), accepted.version(), text("diubah")),
                DeskException.Kind.CONFLICT,
                "report.accepted.immutable");
        ReportInfo correction = reports.correct(accepted.id());
        assertThat(correction.reportVersion()).isEqualTo(2);
        assertThat(correction.previousId()).isEqualTo(accepted.id());
        assertThat(correction.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(correction.text().kamtibmas()).isEqualTo("Aman terkendali");
        assertThat(correction.dueAt()).isEqualTo(accepted.dueAt());
        refused(() -> reports.correct(accepted.id()), DeskException.Kind.CONFLICT, "report.correct.exists");

        ReportInfo corrected = reports.submit(correction.id(), correction.version(), text("Aman, satu insiden kecil"));
        assertThat(corrected.status()).isEqualTo(ReportStatus.SUBMITTED);
        ReportInfo original = reports.report(accepted.id());
        assertThat(original.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(original.text().kamtibmas()).isEqualTo("Aman terkendali");
        assertThat(reports.reports(jaktim)).extracting(ReportInfo::id).contains(accepted.id(), corrected.id());
    }

    @Test
    void a_second_editor_on_a_stale_version_is_refused_and_the_first_text_is_kept() {
        SignIn.as(context, "ketua.kepseribu");
        ReportInfo draft = reports.start(post("KEPSERIBU"), wilayahDue(2, 6));
        reports.save(draft.id(), draft.version(), text("Versi pertama"));
        refused(
                () -> reports.save(draft.id(), draft.version(), text("Versi kedua")),
                DeskException.Kind.CONFLICT,
                "report.stale.by");
        refused(
                () -> reports.submit(draft.id(), draft.version(), text("Versi kedua")),
                DeskException.Kind.CONFLICT,
                "report.stale.by");
        assertThat(reports.report(draft.id()).text().kamtibmas()).isEqualTo("Versi pertama");
    }

    @Test
    void each_role_may_only_what_it_is_for() {
        long jakpus = post("JAKPUS");
        long jakut = post("JAKUT");
        long balaikota = post("BALAIKOTA");
        Instant due = wilayahDue(7, 12);

        SignIn.as(context, "ketua.jakpus");
        refused(() -> reports.start(jakut, due), DeskException.Kind.FORBIDDEN, "report.write.forbidden");
        refused(() -> reports.reports(jakut), DeskException.Kind.FORBIDDEN, "report.see.forbidden");
        refused(() -> reports.consolidated(clockDay()), DeskException.Kind.FORBIDDEN, "report.consolidated.forbidden");
        refused(() -> reports.start(jakpus, due.plusSeconds(60)), DeskException.Kind.INVALID, "report.due.invalid");
        ReportInfo own = reports.start(jakpus, due);
        ReportInfo sent = reports.submit(own.id(), own.version(), text("Aman"));
        refused(
                () -> reports.accept(sent.id(), sent.version()),
                DeskException.Kind.FORBIDDEN,
                "report.review.forbidden");

        SignIn.as(context, "petugas.jakpus");
        refused(() -> reports.start(jakpus, due), DeskException.Kind.FORBIDDEN, "report.write.forbidden");
        refused(() -> reports.report(sent.id()), DeskException.Kind.FORBIDDEN, "report.see.forbidden");

        SignIn.as(context, "polda");
        refused(() -> reports.report(sent.id()), DeskException.Kind.FORBIDDEN, "report.see.forbidden");

        SignIn.as(context, "sekda");
        refused(() -> reports.start(jakpus, wilayahDue(7, 18)), DeskException.Kind.FORBIDDEN, "report.write.forbidden");
        assertThat(reports.posts()).hasSize(7);
        assertThat(reports.mayReview(sent)).isTrue();

        SignIn.as(context, "ketua.balaikota");
        assertThat(reports.posts()).hasSize(7);
        assertThat(reports.mayReview(sent)).isTrue();
        Instant provincialDue =
                schedule.duesOf(PoskoLevel.PROVINSI, clockDay().minusDays(7)).getFirst();
        ReportInfo provincial = reports.start(balaikota, provincialDue);
        ReportInfo provincialSent = reports.submit(provincial.id(), provincial.version(), text("Ringkasan"));
        refused(
                () -> reports.accept(provincialSent.id(), provincialSent.version()),
                DeskException.Kind.FORBIDDEN,
                "report.review.forbidden");
        SignIn.as(context, "sekda");
        assertThat(reports.accept(provincialSent.id(), provincialSent.version()).status())
                .isEqualTo(ReportStatus.ACCEPTED);
    }

    private java.time.LocalDate clockDay() {
        return id.go.jakarta.deskpilkada.base.time.Wib.today(clock);
    }

    @Test
    void a_missing_report_is_raised_once_when_its_grace_period_ends_not_before() {
        long post = post("KEPSERIBU");
        Instant due = schedule.nextDue(PoskoLevel.WILAYAH, clock.instant().plus(Duration.ofDays(2)));

        watch.flagMissed(schedule.lateAfter(due).minusSeconds(1));
        assertThat(missed(post, due)).as("still within grace").isZero();

        int flagged = watch.flagMissed(schedule.lateAfter(due));
        assertThat(flagged).isPositive();
        assertThat(missed(post, due)).isEqualTo(1);

        watch.flagMissed(schedule.lateAfter(due).plusSeconds(30));
        assertThat(missed(post, due)).as("raised once only").isEqualTo(1);
    }

    @Test
    void a_submitted_report_is_never_raised_as_missing_and_the_wall_shows_when_it_came() {
        SignIn.as(context, "ketua.balaikota");
        long balaikota = post("BALAIKOTA");
        Instant next = schedule.nextDue(PoskoLevel.PROVINSI, clock.instant());
        ReportInfo draft = reports.start(balaikota, next);
        ReportInfo sent = reports.submit(draft.id(), draft.version(), text("Ringkasan provinsi"));
        SignIn.out();

        watch.flagMissed(schedule.lateAfter(next).plus(Duration.ofMinutes(30)));
        assertThat(missed(balaikota, next)).isZero();

        // The snapshot takes the commit inline, or a moment later when the relay is busy.
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            ReportWallStatus status = reports.wallStatus().get(balaikota);
            assertThat(status.lastSubmittedAt()).isEqualTo(sent.submittedAt());
            assertThat(status.nextDueAt()).isEqualTo(schedule.nextDue(PoskoLevel.PROVINSI, clock.instant()));
        });
    }

    @Test
    void the_wall_shows_a_post_overdue_since_the_grace_period_of_its_oldest_missing_report() {
        // Nobody writes the reports of Kepulauan Seribu of the last hours in these tests.
        long post = post("KEPSERIBU");
        Instant now = clock.instant();
        Instant oldestMissing = schedule.dues(PoskoLevel.WILAYAH, now.minus(Duration.ofHours(12)), now)
                .getFirst();

        ReportWallStatus status = reports.wallStatus().get(post);
        assertThat(status.overdue()).isTrue();
        assertThat(status.overdueDueAt()).isEqualTo(oldestMissing);
        assertThat(status.overdueSince()).isEqualTo(schedule.lateAfter(oldestMissing));
        assertThat(status.nextDueAt()).isAfter(now);
        assertThat(reports.wallStatus()).hasSize(7);
    }

    private long missed(long post, Instant due) {
        return events.stream(ReportMissed.class)
                .filter(e -> e.poskoId() == post && e.dueAt().equals(due))
                .count();
    }
}
