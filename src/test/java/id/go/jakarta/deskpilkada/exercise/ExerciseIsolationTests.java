package id.go.jakarta.deskpilkada.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceOutage;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.issues.IssueExport;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalEntryInfo;
import id.go.jakarta.deskpilkada.journal.JournalForm;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import id.go.jakarta.deskpilkada.media.WallStatement;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Exercise isolation end to end, on a database of its own (the mode is global to a desk): a
 * scenario played into an exercise election, plus entries written by hand during it, never appear
 * in real views or exports, leave the real alert levels, devices and roster as they were, and are
 * gone after a wipe.
 */
@SpringBootTest(properties = "desk.test.context=exercise-isolation")
@ActiveProfiles("test")
class ExerciseIsolationTests {

    private static final String TITLE = "Latihan: surat suara TPS 012 belum tiba";

    @Autowired
    ExerciseService exercise;

    @Autowired
    ElectionService elections;

    @Autowired
    ExerciseMode mode;

    @Autowired
    IssueService issues;

    @Autowired
    IssueExport export;

    @Autowired
    JournalService journal;

    @Autowired
    MediaService media;

    @Autowired
    PoskoService posko;

    @Autowired
    DeviceService devices;

    @Autowired
    AttendanceService attendance;

    @Autowired
    ReportService reports;

    @Autowired
    ApplicationContext context;

    @Autowired
    LiveEventBus bus;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private PoskoTile post(String code) {
        return posko.tiles().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private String exportCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(IssueFilter.ALL, TableFormat.CSV, out, n -> {});
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Activates the election and waits until this node has switched and reloaded its snapshot. */
    private void activate(ElectionInfo election, boolean exerciseMode) {
        SignIn.as(context, "admin");
        String reason = exerciseMode ? "exercise mode started" : "exercise mode ended";
        CountDownLatch reloaded = new CountDownLatch(1);
        Runnable unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Resync resync && resync.reason().equals(reason)) {
                reloaded.countDown();
            }
        });
        try {
            elections.activate(election.id());
            await().atMost(Duration.ofSeconds(30)).until(() -> reloaded.getCount() == 0);
        } finally {
            unsubscribe.run();
        }
        assertThat(mode.exercise()).isEqualTo(exerciseMode);
    }

    private static String scenario() {
        return """
                { "name": "Uji isolasi",
                  "injects": [
                    { "after": "00:00", "type": "ISSUE", "post": "JAKUT", "as": "petugas.jakut",
                      "title": "%s", "category": "LOGISTIK", "severity": "KRITIS" },
                    { "after": "00:00", "type": "ALERT", "post": "JAKPUS", "as": "ketua.jakpus", "level": "AWAS",
                      "note": "Latihan: massa di depan PPK" },
                    { "after": "00:01", "type": "DEVICE_DOWN", "post": "JAKSEL", "as": "ketua.jaksel",
                      "device": "Kamera uji isolasi" },
                    { "after": "00:01", "type": "LATE_REPORT", "post": "JAKTIM", "as": "admin" },
                    { "after": "00:02", "type": "ABSENCE", "post": "JAKBAR", "as": "ketua.jakbar",
                      "note": "Latihan: tidak hadir" }
                  ] }
                """.formatted(TITLE);
    }

    @Test
    void nothing_recorded_during_an_exercise_appears_in_real_views_or_exports_and_a_wipe_removes_it() {
        ElectionInfo real = elections.active().orElseThrow();
        Instant began = clock.instant();
        SignIn.as(context, "ketua.jaksel");
        DeviceInfo camera = devices.register(
                new DeviceForm(post("JAKSEL").id(), DeviceKind.CCTV, "Kamera uji isolasi", null, null));
        devices.reportStatus(camera.id(), DeviceStatus.UP, null);
        SignIn.as(context, "admin");
        long realIssues = issues.count(IssueFilter.ALL);
        AlertLevel realAlert = post("JAKPUS").alertLevel();
        ElectionInfo drill =
                elections.createExercise(real.id(), "LATIHAN-UJI", "Latihan uji isolasi", LocalDate.now(clock));
        assertThat(drill.exercise()).isTrue();
        assertThat(mode.exercise()).isFalse();

        activate(drill, true);
        ScenarioCheck check = exercise.check(scenario().getBytes(StandardCharsets.UTF_8));
        assertThat(check.problems()).isEmpty();
        exercise.start(check.scenario());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> exercise.current().map(r -> !r.running()).orElse(false));
        ExerciseRun run = exercise.current().orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.lines())
                .hasSize(5)
                .allSatisfy(l -> assertThat(l.ok()).as(l.toString()).isTrue());

        // During the exercise its data is what the screens show.
        IssueInfo drilled =
                issues.find(IssueFilter.ALL, 0, 500, org.springframework.data.domain.Sort.unsorted()).stream()
                        .filter(i -> i.title().equals(TITLE))
                        .findFirst()
                        .orElseThrow();
        assertThat(issues.count(IssueFilter.ALL)).as("only the exercise issue").isEqualTo(1);
        assertThat(exportCsv()).contains(TITLE);
        assertThat(post("JAKPUS").alertLevel()).isEqualTo(AlertLevel.AWAS);
        assertThat(devices.byPost().get(post("JAKSEL").id()))
                .filteredOn(d -> d.id() == camera.id())
                .extracting(DeviceInfo::status)
                .containsExactly(DeviceStatus.DOWN);
        assertThat(devices.outages(post("JAKSEL").id(), began, clock.instant()))
                .filteredOn(o -> o.deviceId() == camera.id())
                .extracting(DeviceOutage::stillDown)
                .containsExactly(true);
        SignIn.as(context, "sekda");
        assertThat(reports.consolidated(LocalDate.now(clock)).exercise())
                .as("marked as an exercise")
                .isTrue();
        SignIn.as(context, "ketua.jakbar");
        assertThat(attendance.board(post("JAKBAR").id())).anySatisfy(a -> {
            assertThat(a.status()).isEqualTo(AttendanceStatus.ABSENT);
            assertThat(a.note()).isEqualTo("Latihan: tidak hadir");
        });
        SignIn.as(context, "ketua.jakut");
        JournalEntryInfo note = journal.write(
                post("JAKUT").id(),
                new JournalForm(JournalCategory.LOGISTIK, "Latihan: jurnal tidak boleh bocor", null, null));
        SignIn.as(context, "bakesbangpol");
        StatementInfo statement = media.create(new StatementForm("Latihan: siaran pers", "Isi latihan", List.of()));
        statement = media.submit(statement.id(), statement.version());
        statement = media.approve(statement.id(), statement.version());
        StatementInfo published = media.publish(statement.id(), statement.version());
        assertThat(media.published()).extracting(StatementInfo::id).contains(published.id());

        // Back to the real election: none of it is there.
        activate(real, false);
        assertThat(issues.count(IssueFilter.ALL)).isEqualTo(realIssues);
        assertThatThrownBy(() -> issues.issue(drilled.id()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
        assertThat(exportCsv()).doesNotContain(TITLE);
        assertThat(post("JAKPUS").alertLevel()).isEqualTo(realAlert);
        assertThat(devices.byPost().get(post("JAKSEL").id()))
                .filteredOn(d -> d.id() == camera.id())
                .extracting(DeviceInfo::status)
                .containsExactly(DeviceStatus.UP);
        assertThat(devices.outages(post("JAKSEL").id(), began, clock.instant()))
                .as("the exercise outage is not in the real history")
                .noneMatch(o -> o.deviceId() == camera.id());
        SignIn.as(context, "sekda");
        assertThat(reports.consolidated(LocalDate.now(clock)).exercise()).isFalse();
        SignIn.as(context, "ketua.jakbar");
        assertThat(attendance.board(post("JAKBAR").id()))
                .noneSatisfy(a -> assertThat(a.note()).isEqualTo("Latihan: tidak hadir"));
        SignIn.as(context, "sekda");
        assertThat(journal.entries(null, null, null, 500))
                .extracting(JournalEntryInfo::id)
                .doesNotContain(note.id());
        assertThat(media.published()).extracting(StatementInfo::id).doesNotContain(published.id());
        assertThat(media.latestPublished().map(WallStatement::id)).isNotEqualTo(Optional.of(published.id()));

        // Wiped: the exercise starts clean the next time.
        SignIn.as(context, "admin");
        assertThat(exercise.wipe()).isGreaterThanOrEqualTo(4);
        activate(drill, true);
        assertThat(issues.count(IssueFilter.ALL)).isZero();
        assertThat(post("JAKPUS").alertLevel()).isEqualTo(AlertLevel.NORMAL);
        assertThat(devices.outages(post("JAKSEL").id(), began, clock.instant()))
                .as("the exercise history is wiped")
                .noneMatch(o -> o.deviceId() == camera.id());
        SignIn.as(context, "sekda");
        assertThat(media.published()).isEmpty();
        activate(real, false);
    }

    @Test
    void only_an_admin_runs_scenarios_and_only_during_an_exercise() {
        SignIn.as(context, "ketua.jakpus");
        assertThatThrownBy(() -> exercise.check(scenario().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> exercise.wipe())
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        SignIn.as(context, "admin");
        ScenarioCheck check = exercise.check(scenario().getBytes(StandardCharsets.UTF_8));
        assertThat(mode.exercise()).isFalse();
        assertThatThrownBy(() -> exercise.start(check.scenario()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("exercise.notActive"));
    }
}
