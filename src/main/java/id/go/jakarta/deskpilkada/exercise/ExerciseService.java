package id.go.jakarta.deskpilkada.exercise;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.exercise.internal.ScenarioParser;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportDrills;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs exercise scenarios and wipes exercise data; ADMIN only, and injects only while an exercise
 * election is active. A run fires its injects at their times on the node that started it, each as the
 * account the scenario names and through the same services a person uses, so the posts rehearse the
 * real screens, alerts and wall. Progress is held in the cluster and pushed to every screen. Before
 * each inject the runner checks the mode again: when the exercise ends, the run stops.
 */
@Service
public class ExerciseService {

    private static final Logger log = LoggerFactory.getLogger(ExerciseService.class);
    /** Each desk runs its own scenario: its run is held under this prefix and the desk's id. */
    private static final String KEY = "run:";

    private final ExerciseMode mode;
    private final List<ExerciseData> data;
    private final LiveSnapshots snapshots;
    private final IssueService issues;
    private final AttendanceService attendance;
    private final DeviceService devices;
    private final ReportDrills reports;
    private final PoskoService posko;
    private final UserDetailsService accounts;
    private final JsonMapper json;
    private final IMap<String, ExerciseRun> runs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final WorkingDesk working;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("exercise-injects").factory());
    /** Each desk's scheduled injects on this node. */
    private final Map<Long, List<ScheduledFuture<?>>> scheduled = new HashMap<>();

    ExerciseService(
            ExerciseMode mode,
            List<ExerciseData> data,
            LiveSnapshots snapshots,
            IssueService issues,
            AttendanceService attendance,
            DeviceService devices,
            ReportDrills reports,
            PoskoService posko,
            UserDetailsService accounts,
            JsonMapper json,
            HazelcastInstance hazelcast,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            WorkingDesk working,
            Clock clock) {
        this.mode = mode;
        this.data = data;
        this.snapshots = snapshots;
        this.issues = issues;
        this.attendance = attendance;
        this.devices = devices;
        this.reports = reports;
        this.posko = posko;
        this.accounts = accounts;
        this.json = json;
        this.runs = hazelcast.getMap("desk-exercise");
        this.events = events;
        this.transactions = transactions;
        this.working = working;
        this.clock = clock;
    }

    @PreDestroy
    void stopTimer() {
        timer.shutdownNow();
    }

    /** Reads and checks a scenario file; nothing runs. */
    public ScenarioCheck check(byte[] content) {
        requireAdmin();
        Set<String> posts = posko.tiles().stream()
                .map(PoskoTile::code)
                .map(c -> c.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> categories = issues.categories().stream()
                .filter(CategoryInfo::active)
                .map(CategoryInfo::code)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return new ScenarioParser(json, posts, categories, this::accountExists).parse(content);
    }

    /** The current or last run, as every node sees it. */
    public Optional<ExerciseRun> current() {
        return Optional.ofNullable(runs.get(key(working.acting())));
    }

    private static String key(long desk) {
        return KEY + desk;
    }

    public boolean exerciseActive() {
        return mode.exercise();
    }

    /** Starts a checked scenario now; refused outside an exercise and while another run is going. */
    public ExerciseRun start(Scenario scenario) {
        Actor admin = requireAdmin();
        long desk = working.acting();
        if (!mode.exercise(desk)) {
            throw DeskException.invalid("exercise.notActive");
        }
        Instant now = clock.instant();
        ExerciseRun run = new ExerciseRun(
                now.toEpochMilli(),
                scenario.name(),
                scenario.injects().size(),
                0,
                0,
                RunStatus.RUNNING,
                admin.displayName(),
                now,
                null,
                List.of());
        runs.lock(key(desk));
        try {
            ExerciseRun previous = runs.get(key(desk));
            if (previous != null && previous.running()) {
                throw DeskException.conflict("exercise.run.busy", previous.name());
            }
            runs.set(key(desk), run);
        } finally {
            runs.unlock(key(desk));
        }
        synchronized (scheduled) {
            List<ScheduledFuture<?>> ofDesk = scheduled.computeIfAbsent(desk, d -> new ArrayList<>());
            ofDesk.clear();
            for (Inject inject : scenario.injects()) {
                ofDesk.add(timer.schedule(
                        () -> fire(desk, run.id(), inject, scenario.injects().getLast() == inject),
                        inject.after().toMillis(),
                        TimeUnit.MILLISECONDS));
            }
        }
        log.info(
                "Exercise scenario '{}' started by {}: {} injects over {}",
                scenario.name(),
                admin.username(),
                scenario.injects().size(),
                scenario.length());
        changed(run.id());
        return run;
    }

    /** Stops the current run (on whichever node it runs: its runner checks before every inject). */
    public void stop() {
        requireAdmin();
        long desk = working.acting();
        ExerciseRun ended = update(desk, r -> r.running() ? r.ended(RunStatus.STOPPED, clock.instant()) : r);
        synchronized (scheduled) {
            List<ScheduledFuture<?>> ofDesk = scheduled.getOrDefault(desk, List.of());
            ofDesk.forEach(f -> f.cancel(false));
            scheduled.remove(desk);
        }
        if (ended != null) {
            changed(ended.id());
        }
    }

    /**
     * Deletes every exercise row of every feature of the admin's desk in one transaction (real data
     * is never touched), then, if the desk is in exercise mode, every screen reloads. Refused while
     * a scenario runs.
     */
    public int wipe() {
        Actor admin = requireAdmin();
        if (current().map(ExerciseRun::running).orElse(false)) {
            throw DeskException.conflict("exercise.wipe.running");
        }
        long desk = working.acting();
        Integer removed = transactions.execute(
                s -> data.stream().mapToInt(d -> d.wipeExercise(desk)).sum());
        int count = removed == null ? 0 : removed;
        log.info("Exercise data wiped by {}: {} rows", admin.username(), count);
        if (mode.exercise(desk) && desk == working.id()) {
            // The live snapshot holds the working desk: it is reloaded without the wiped rows.
            snapshots.modeChanged("exercise data wiped");
        }
        runs.delete(key(desk));
        changed(0);
        return count;
    }

    private void fire(long desk, long runId, Inject inject, boolean last) {
        ExerciseRun run = runs.get(key(desk));
        if (run == null || run.id() != runId || !run.running()) {
            return;
        }
        RunLine line;
        if (!mode.exercise(desk)) {
            // The exercise ended under the run: nothing more may be recorded, it would be real data.
            line = line(inject, false, "exercise.run.modeEnded");
            record(desk, runId, line, true, RunStatus.STOPPED);
            return;
        }
        try {
            Actor account = ((DeskUser) accounts.loadUserByUsername(inject.as())).actor();
            // The inject acts in the run's desk: as an account of that desk (or the deployment's own).
            if (account.deskId() != null && account.deskId() != desk) {
                throw new UsernameNotFoundException("another desk's account");
            }
            Actor actor = account.deskId() == null ? account.inDesk(desk) : account;
            line = CurrentActor.as(actor, () -> execute(inject));
        } catch (DeskException e) {
            line = new RunLine(
                    inject.number(),
                    inject.kind(),
                    inject.post(),
                    false,
                    e.messageKey(),
                    java.util.Arrays.stream(e.args()).map(String::valueOf).toList(),
                    clock.instant());
        } catch (UsernameNotFoundException e) {
            line = line(inject, false, "exercise.inject.as", inject.as());
        } catch (RuntimeException e) {
            log.warn("Exercise inject {} failed", inject.number(), e);
            line = line(inject, false, "exercise.run.error", e.getClass().getSimpleName());
        }
        record(desk, runId, line, last, RunStatus.FINISHED);
    }

    private RunLine execute(Inject inject) {
        PoskoTile post = posko.tiles().stream()
                .filter(p -> p.code().equalsIgnoreCase(inject.post()))
                .findFirst()
                .orElseThrow(() -> DeskException.notFound("posko.notFound", inject.post()));
        return switch (inject.kind()) {
            case ISSUE -> {
                long category = issues.categories().stream()
                        .filter(c -> c.code().equals(inject.category()))
                        .findFirst()
                        .orElseThrow(() -> DeskException.invalid(
                                "exercise.inject.category", String.valueOf(inject.category()), "-"))
                        .id();
                IssueInfo filed = issues.file(
                        new IssueForm(
                                text(inject.title()),
                                inject.description(),
                                category,
                                Severity.valueOf(text(inject.severity())),
                                post.wilayahCode(),
                                null,
                                null,
                                null,
                                null,
                                IssueSource.POSKO,
                                null),
                        null);
                yield line(inject, true, "exercise.done.issue", filed.id(), filed.title());
            }
            case ABSENCE -> {
                Instant now = clock.instant();
                AssignmentInfo absent = attendance.board(post.id()).stream()
                        .filter(a -> !a.startsAt().isAfter(now) && a.endsAt().isAfter(now))
                        .filter(a -> a.status() == AttendanceStatus.PLANNED
                                || a.status() == AttendanceStatus.PRESENT
                                || a.status() == AttendanceStatus.LATE)
                        .filter(a -> inject.role() == null || a.role().name().equals(inject.role()))
                        .findFirst()
                        .orElseThrow(() -> DeskException.invalid("exercise.inject.nobodyOnShift", post.name()));
                attendance.mark(absent.id(), absent.version(), AttendanceStatus.ABSENT, note(inject));
                yield line(inject, true, "exercise.done.absence", absent.role().name(), post.name());
            }
            case DEVICE_DOWN -> {
                List<DeviceInfo> ofPost = devices.byPost().getOrDefault(post.id(), List.of());
                DeviceInfo device = ofPost.stream()
                        .filter(d -> inject.device() == null
                                ? d.kind() == DeviceKind.CCTV
                                : d.name().equalsIgnoreCase(inject.device()))
                        .findFirst()
                        .orElseThrow(() -> DeskException.invalid(
                                "exercise.inject.noDevice", String.valueOf(inject.device()), post.name()));
                devices.reportStatus(device.id(), DeviceStatus.DOWN, note(inject));
                yield line(inject, true, "exercise.done.device", device.name(), post.name());
            }
            case LATE_REPORT -> {
                boolean flagged = reports.markLate(post.id());
                yield line(
                        inject,
                        true,
                        flagged ? "exercise.done.lateReport" : "exercise.done.lateReport.already",
                        post.name());
            }
            case ALERT -> {
                AlertLevel level = AlertLevel.valueOf(text(inject.level()));
                posko.changeAlertLevel(post.id(), level, text(inject.note()), post.version());
                yield line(inject, true, "exercise.done.alert", post.name(), level.name());
            }
        };
    }

    private void record(long desk, long runId, RunLine line, boolean last, RunStatus end) {
        ExerciseRun updated = update(desk, r -> {
            if (r.id() != runId || !r.running()) {
                return r;
            }
            ExerciseRun next = r.with(line);
            return last ? next.ended(end, clock.instant()) : next;
        });
        if (updated != null) {
            changed(runId);
        }
    }

    private @Nullable ExerciseRun update(long desk, UnaryOperator<ExerciseRun> change) {
        runs.lock(key(desk));
        try {
            ExerciseRun run = runs.get(key(desk));
            if (run == null) {
                return null;
            }
            ExerciseRun next = change.apply(run);
            runs.set(key(desk), next);
            return next;
        } finally {
            runs.unlock(key(desk));
        }
    }

    private void changed(long runId) {
        events.publishEvent(new ExerciseChanged(runId));
    }

    private RunLine line(Inject inject, boolean ok, String key, Object... args) {
        return new RunLine(
                inject.number(),
                inject.kind(),
                inject.post(),
                ok,
                key,
                java.util.Arrays.stream(args).map(String::valueOf).toList(),
                clock.instant());
    }

    private static String note(Inject inject) {
        return inject.note() != null ? inject.note() : "Latihan";
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private boolean accountExists(String username) {
        try {
            return accounts.loadUserByUsername(username).isEnabled();
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private static Actor requireAdmin() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("exercise.forbidden");
        }
        return actor;
    }
}
