package id.go.jakarta.deskpilkada.election;

import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.table.ImportPlan;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.election.internal.CalendarFile;
import id.go.jakarta.deskpilkada.election.internal.CalendarRules;
import id.go.jakarta.deskpilkada.election.internal.CalendarVersion;
import id.go.jakarta.deskpilkada.election.internal.CalendarVersionRepository;
import id.go.jakarta.deskpilkada.election.internal.Election;
import id.go.jakarta.deskpilkada.election.internal.ElectionRepository;
import id.go.jakarta.deskpilkada.election.internal.StageTemplate;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Elections and their stage calendars, and the exercise mode that follows the active election. Each
 * desk has at most one active election (the database refuses a second); an exercise election being
 * active puts its desk, and only its desk, into exercise mode on every node (see
 * {@link ExerciseMode}). Every node follows the database on {@link ElectionActivated} and every few
 * seconds, so a node that missed the event or started later is never in the wrong mode for long.
 */
@Service
@Transactional(readOnly = true)
public class ElectionService {

    /** Longest code and name accepted (the columns hold 40 and 200). */
    public static final int MAX_CODE = 40;

    public static final int MAX_NAME = 200;
    private static final Logger log = LoggerFactory.getLogger(ElectionService.class);
    /** Bound to a transaction that activates an election: it reads the database, never the kept one. */
    private static final Object CHANGING = new Object();

    private static final String SUBJECT = "election";
    private static final String SUBJECT_CALENDAR = "election.calendar";

    private final ElectionRepository repository;
    private final CalendarVersionRepository versions;
    private final WilayahService wilayah;
    private final AuditService audit;
    private final ExerciseMode mode;
    private final List<ExerciseData> exerciseData;
    private final ApplicationEventPublisher events;
    private final LiveEventBus bus;
    private final ObjectProvider<LiveSnapshots> snapshots;
    private final DeskService desks;
    private final WorkingDesk working;
    private final Clock clock;
    private Runnable unsubscribe = () -> {};
    /** Each desk's active election as last read, kept {@link #ACTIVE_KEPT}: asked on almost every request. */
    private final Map<Long, KeptActive> kept = new ConcurrentHashMap<>();

    private final AtomicLong changes = new AtomicLong();
    static final Duration ACTIVE_KEPT = Duration.ofSeconds(5);

    private record KeptActive(Optional<ElectionInfo> active, long generation, long readAtNanos) {}

    ElectionService(
            ElectionRepository repository,
            CalendarVersionRepository versions,
            WilayahService wilayah,
            AuditService audit,
            ExerciseMode mode,
            List<ExerciseData> exerciseData,
            ApplicationEventPublisher events,
            LiveEventBus bus,
            ObjectProvider<LiveSnapshots> snapshots,
            DeskService desks,
            WorkingDesk working,
            Clock clock) {
        this.repository = repository;
        this.versions = versions;
        this.wilayah = wilayah;
        this.audit = audit;
        this.mode = mode;
        this.exerciseData = exerciseData;
        this.events = events;
        this.bus = bus;
        this.snapshots = snapshots;
        this.desks = desks;
        this.working = working;
        this.clock = clock;
    }

    /**
     * The election the acting desk's posts are working on now, if one is marked active there. Kept
     * for a few seconds (almost every request asks); forgotten at once when an election is activated
     * here or on any node ({@link ElectionActivated}), and inside a transaction that changes
     * elections.
     */
    public Optional<ElectionInfo> active() {
        long desk = working.acting();
        KeptActive held = kept.get(desk);
        long generation = changes.get();
        long now = System.nanoTime();
        if (held != null
                && held.generation() == generation
                && now - held.readAtNanos() < ACTIVE_KEPT.toNanos()
                && !TransactionSynchronizationManager.hasResource(CHANGING)) {
            return held.active();
        }
        Optional<ElectionInfo> active =
                repository.findByDeskIdAndActiveTrue(desk).map(Election::toInfo);
        if (!TransactionSynchronizationManager.hasResource(CHANGING)) {
            kept.put(desk, new KeptActive(active, generation, now));
        }
        return active;
    }

    /** Forgets the kept active election now and again when the changing transaction ends. */
    private void changing() {
        changes.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CHANGING)) {
            TransactionSynchronizationManager.bindResource(CHANGING, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
                    changes.incrementAndGet();
                }
            });
        }
    }

    /**
     * The elections the actor may see, newest first: those of his desk, or every desk's for the
     * deployment's own accounts and the system.
     */
    public List<ElectionInfo> all() {
        Long desk = boundDesk();
        return (desk == null ? repository.findAllByOrderByIdDesc() : repository.findByDeskIdOrderByIdDesc(desk))
                .stream().map(Election::toInfo).toList();
    }

    /** The desk the actor is bound to; null for the deployment's own accounts, the system and nobody. */
    private static @Nullable Long boundDesk() {
        return CurrentActor.find().map(a -> a.deskId()).orElse(null);
    }

    public boolean exists(String code) {
        return repository.existsByCode(code);
    }

    /** The election with that id. */
    public ElectionInfo election(long id) {
        return load(id).toInfo();
    }

    /** The saved versions of that election's calendar, newest first. */
    public List<CalendarVersionInfo> calendarHistory(long electionId) {
        load(electionId);
        return versions.findByElectionIdOrderByVersionDesc(electionId).stream()
                .map(CalendarVersion::toInfo)
                .toList();
    }

    /**
     * The usual KPU stages placed relative to {@code votingDay} (and a second round, if any): the
     * calendar a new election starts from.
     */
    public List<StageDraft> template(ElectionKind kind, LocalDate votingDay, @Nullable LocalDate secondRound) {
        return StageTemplate.stages(kind, votingDay, secondRound);
    }

    /**
     * A new election as the setup console creates it: a generated code, and the calendar from the KPU
     * template placed around its voting day.
     */
    @Transactional
    public ElectionInfo setUp(ElectionSetup setup, boolean activate) {
        requireAdmin();
        Described d = check(setup);
        String base = d.kind.codePrefix() + "-" + d.region.replace(".", "") + "-" + d.votingDay.getYear();
        String code = base;
        for (int n = 2; repository.existsByCode(code); n++) {
            code = base + "-" + n;
        }
        Election election = new Election(code, d.name, d.kind, d.region, d.votingDay, setup.secondRoundDay(), false);
        for (StageDraft stage : StageTemplate.stages(d.kind, d.votingDay, setup.secondRoundDay())) {
            election.addStage(stage.name(), stage.startsOn(), stage.endsOn(), stage.votingDay());
        }
        return created(election, activate);
    }

    /** A new election with its stages; stages must be in date order and each must end on or after it starts. */
    @Transactional
    public ElectionInfo create(NewElection request) {
        requireAdmin();
        String code = request.code().strip();
        String name = request.name().strip();
        if (code.isEmpty() || code.length() > MAX_CODE || name.isEmpty() || name.length() > MAX_NAME) {
            throw DeskException.invalid("election.invalid", MAX_CODE, MAX_NAME);
        }
        if (repository.existsByCode(code)) {
            throw DeskException.conflict("election.code.taken", code);
        }
        List<StageDraft> drafts = request.stages().stream()
                .map(s -> new StageDraft(null, s.name(), s.startsOn(), s.endsOn(), s.votingDay()))
                .toList();
        refuse(CalendarRules.check(drafts, Set.of()));
        List<LocalDate> votingDays = request.stages().stream()
                .filter(StageInfo::votingDay)
                .map(StageInfo::startsOn)
                .toList();
        WilayahArea area = wilayah.find(request.regionCode())
                .orElseThrow(() -> DeskException.invalid("election.region.unknown", request.regionCode()));
        String region = area.code();
        ElectionKind kind = kindOf(area).orElseThrow(() -> DeskException.invalid("election.region.unknown", region));
        Election election = new Election(
                code,
                name,
                kind,
                region,
                votingDays.isEmpty() ? null : votingDays.getFirst(),
                votingDays.size() > 1 ? votingDays.get(1) : null,
                request.exercise());
        for (StageInfo stage : request.stages()) {
            election.addStage(stage.name(), stage.startsOn(), stage.endsOn(), stage.votingDay());
        }
        return created(election, request.activate());
    }

    private ElectionInfo created(Election election, boolean activate) {
        election.placeIn(ownDesk(election.toInfo().regionCode()));
        Election saved = repository.save(election);
        keepVersion(saved);
        ElectionInfo info = saved.toInfo();
        audit.record(SUBJECT, info.code(), "created", info.name(), null, described(info));
        audit.record(SUBJECT_CALENDAR, info.code(), "created", info.name(), null, calendar(info.stages()));
        if (activate) {
            activate(saved);
        }
        events.publishEvent(new ElectionChanged(saved.id()));
        return saved.toInfo();
    }

    /**
     * Describes the election anew (name, kind, region, voting days) against the version the editor
     * saw. With {@code moveCalendar}, every stage moves by as many days as the voting day did.
     */
    @Transactional
    public ElectionInfo describe(long electionId, long seenVersion, ElectionSetup setup, boolean moveCalendar) {
        requireAdmin();
        Election election = load(electionId);
        if (election.version() != seenVersion) {
            throw DeskException.conflict("election.changed", election.toInfo().name());
        }
        Described d = check(setup);
        ElectionInfo before = election.toInfo();
        election.describe(d.name, d.kind, d.region, d.votingDay, setup.secondRoundDay());
        if (!before.regionCode().equals(d.region)) {
            long desk = ownDesk(d.region);
            if (election.isActive()
                    && repository.findByDeskIdAndActiveTrue(desk).isPresent()) {
                throw DeskException.conflict("election.region.deskActive", before.name());
            }
            election.placeIn(desk);
            changing();
        }
        if (moveCalendar && before.votingDay() != null && !before.votingDay().equals(d.votingDay)) {
            election.shiftStages(ChronoUnit.DAYS.between(before.votingDay(), d.votingDay));
            versions.save(new CalendarVersion(
                    election.id(),
                    election.calendarVersion(),
                    clock.instant(),
                    CurrentActor.require().username(),
                    election.toInfo().stages()));
            audit.record(
                    SUBJECT_CALENDAR,
                    before.code(),
                    "moved",
                    d.name,
                    calendar(before.stages()),
                    calendar(election.toInfo().stages()));
        }
        changedElection(election);
        ElectionInfo after = repository.saveAndFlush(election).toInfo();
        audit.record(SUBJECT, after.code(), "updated", after.name(), described(before), described(after));
        return after;
    }

    /**
     * Saves the calendar as edited, against the calendar version the editor saw: stages keep their
     * seq (issues filed under them keep their stage), new ones get a seq never used before, and
     * stages left out are retired. Every problem is refused with the stage's row in the message.
     */
    @Transactional
    public ElectionInfo saveCalendar(long electionId, int seenCalendarVersion, List<StageDraft> stages) {
        requireAdmin();
        Election election = load(electionId);
        ElectionInfo before = election.toInfo();
        if (before.calendarVersion() != seenCalendarVersion) {
            throw DeskException.conflict("election.calendar.changed", before.name(), before.calendarVersion());
        }
        refuse(checkCalendar(before, stages));
        List<StageDraft> stripped = stages.stream()
                .map(s -> new StageDraft(s.seq(), s.name().strip(), s.startsOn(), s.endsOn(), s.votingDay()))
                .toList();
        election.replaceCalendar(stripped);
        changedElection(election);
        ElectionInfo after = repository.saveAndFlush(election).toInfo();
        keepVersion(election);
        audit.record(
                SUBJECT_CALENDAR,
                after.code(),
                "updated",
                after.name(),
                calendar(before.stages()),
                calendar(after.stages()));
        return after;
    }

    /**
     * Replaces the calendar with a CSV or XLSX file ({@link CalendarFile}), all or nothing and
     * against the calendar version the ADMIN saw: every row that cannot be read or would break the
     * calendar is named with its line, and then nothing changes. A file equal to the calendar saves
     * no new version.
     */
    @Transactional
    public ImportResult importCalendar(long electionId, int seenCalendarVersion, InputStream content) {
        requireAdmin();
        ElectionInfo before = load(electionId).toInfo();
        if (before.calendarVersion() != seenCalendarVersion) {
            throw DeskException.conflict("election.calendar.changed", before.name(), before.calendarVersion());
        }
        ImportPlan<CalendarFile.Line> plan = CalendarFile.read(content);
        List<CalendarFile.Line> lines = plan.planned();
        List<StageDraft> drafts = lines.stream().map(CalendarFile.Line::stage).toList();
        // The rows that were read are checked as a calendar too, so one upload names every bad row.
        List<ImportResult.BadRow> bad = new ArrayList<>(plan.badRows());
        if (!drafts.isEmpty()) {
            for (CalendarProblem p : checkCalendar(before, drafts)) {
                int line = p.row() == 0 ? 1 : lines.get(p.row() - 1).line();
                bad.add(new ImportResult.BadRow(line, p.messageKey(), p.args()));
            }
        }
        if (!bad.isEmpty()) {
            bad.sort(Comparator.comparingInt(ImportResult.BadRow::line));
            return ImportResult.refused(bad);
        }
        int created = 0;
        int updated = 0;
        for (int i = 0; i < drafts.size(); i++) {
            StageDraft d = drafts.get(i);
            Integer seq = d.seq();
            if (seq == null) {
                created++;
            } else if (i >= before.stages().size()
                    || !before.stages()
                            .get(i)
                            .equals(new StageInfo(seq, d.name().strip(), d.startsOn(), d.endsOn(), d.votingDay()))) {
                updated++;
            }
        }
        int unchanged = drafts.size() - created - updated;
        if (created > 0 || updated > 0 || drafts.size() != before.stages().size()) {
            saveCalendar(electionId, seenCalendarVersion, drafts);
        }
        return ImportResult.applied(created, updated, unchanged);
    }

    /** The calendar as a file that {@link #importCalendar} reads back unchanged. */
    public byte[] exportCalendar(long electionId, TableFormat format) {
        requireAdmin();
        return CalendarFile.write(format, load(electionId).toInfo().stages());
    }

    /** Every problem of that calendar for that election, in row order; empty when it would be saved. */
    public List<CalendarProblem> checkCalendar(ElectionInfo election, List<StageDraft> stages) {
        Set<Integer> known = new HashSet<>();
        election.stages().forEach(s -> known.add(s.seq()));
        election.retiredStages().forEach(s -> known.add(s.seq()));
        return CalendarRules.check(stages, known);
    }

    /** A stage the calendar cannot take, by its 1-based row (0: the calendar as a whole). */
    public record CalendarProblem(int row, String messageKey, List<Object> args) {

        public Object[] argArray() {
            return args.toArray();
        }
    }

    private static void refuse(List<CalendarProblem> problems) {
        if (!problems.isEmpty()) {
            CalendarProblem first = problems.getFirst();
            throw DeskException.invalid(first.messageKey(), first.argArray());
        }
    }

    /** The office elected for that region: a province's governor, a kabupaten's bupati, a kota's mayor. */
    private static Optional<ElectionKind> kindOf(WilayahArea region) {
        return switch (region.kind()) {
            case PROVINSI -> Optional.of(ElectionKind.GUBERNUR);
            case KABUPATEN -> Optional.of(ElectionKind.BUPATI);
            case KOTA -> Optional.of(ElectionKind.WALIKOTA);
            default -> Optional.empty();
        };
    }

    private record Described(String name, ElectionKind kind, String region, LocalDate votingDay) {}

    private Described check(ElectionSetup setup) {
        String name = setup.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DeskException.invalid("election.name.invalid", MAX_NAME);
        }
        if (setup.regionCode().isBlank()) {
            throw DeskException.invalid("election.region.required");
        }
        WilayahArea region = wilayah.find(setup.regionCode().strip())
                .orElseThrow(() -> DeskException.invalid("election.region.unknown", setup.regionCode()));
        if (kindOf(region).filter(k -> k == setup.kind()).isEmpty()) {
            throw DeskException.invalid("election.region.kind." + setup.kind().name(), region.name());
        }
        LocalDate voting = setup.votingDay();
        if (voting == null) {
            throw DeskException.invalid("election.votingDay.required");
        }
        LocalDate second = setup.secondRoundDay();
        if (second != null && second.isBefore(voting.plusDays(StageTemplate.MIN_DAYS_BETWEEN_ROUNDS))) {
            throw DeskException.invalid("election.secondRound.tooEarly", StageTemplate.MIN_DAYS_BETWEEN_ROUNDS);
        }
        return new Described(name, setup.kind(), region.code(), voting);
    }

    /** That election, if the actor may see it: another desk's election is "not found" to a desk's people. */
    private Election load(long id) {
        Long desk = boundDesk();
        return repository
                .findById(id)
                .filter(e -> desk == null || e.deskId() == desk)
                .orElseThrow(() -> DeskException.notFound("election.notFound", String.valueOf(id)));
    }

    /**
     * The desk of that region (opened if needed), where the actor may place an election: a desk's
     * own admin only in his desk.
     */
    private long ownDesk(String region) {
        long desk = desks.open(region).id();
        Long bound = boundDesk();
        if (bound != null && bound != desk) {
            throw DeskException.forbidden("election.region.otherDesk", region);
        }
        return desk;
    }

    private void keepVersion(Election election) {
        versions.save(new CalendarVersion(
                election.id(),
                election.calendarVersion(),
                clock.instant(),
                CurrentActor.find().map(a -> a.username()).orElse("system"),
                election.toInfo().stages()));
    }

    /** The active election's kept copy is forgotten; every screen hears of the change after commit. */
    private void changedElection(Election election) {
        if (election.isActive()) {
            changing();
        }
        events.publishEvent(new ElectionChanged(election.id()));
    }

    private static Map<String, Object> described(ElectionInfo e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nama", e.name());
        fields.put("jenis", e.kind().name());
        fields.put("wilayah", e.regionCode());
        fields.put("hari pemungutan", e.votingDay());
        fields.put("putaran kedua", e.secondRoundDay());
        return fields;
    }

    private static Map<String, Object> calendar(List<StageInfo> stages) {
        Map<String, Object> fields = new LinkedHashMap<>();
        int row = 1;
        for (StageInfo s : stages) {
            fields.put(
                    "tahap " + row++ + " (#" + s.seq() + ")",
                    s.name() + " · " + s.startsOn() + " s.d. " + s.endsOn() + (s.votingDay() ? " · pemungutan" : ""));
        }
        return fields;
    }

    /**
     * An exercise election copying another election's stages, moved so that its first voting day
     * falls on {@code votingDay} (rehearse voting day today, or any day).
     */
    @Transactional
    public ElectionInfo createExercise(long fromElectionId, String code, String name, LocalDate votingDay) {
        requireAdmin();
        Election from = load(fromElectionId);
        LocalDate sourceVoting = from.toInfo().stages().stream()
                .filter(StageInfo::votingDay)
                .findFirst()
                .map(StageInfo::startsOn)
                .orElseThrow(() -> DeskException.invalid(
                        "election.noVotingDay", from.toInfo().name()));
        long shift = ChronoUnit.DAYS.between(sourceVoting, votingDay);
        List<StageInfo> stages = from.toInfo().stages().stream()
                .map(s -> new StageInfo(
                        s.seq(),
                        s.name(),
                        s.startsOn().plusDays(shift),
                        s.endsOn().plusDays(shift),
                        s.votingDay()))
                .toList();
        return create(new NewElection(code, name, from.toInfo().regionCode(), true, false, stages));
    }

    /**
     * Makes that election the active one of its desk; other desks keep theirs. Activating an exercise
     * puts the desk's screens into exercise mode (the exercise starts from a copy of the desk's real
     * roster); activating a real election ends it. The exercise's data stays until an ADMIN wipes it.
     */
    @Transactional
    public ElectionInfo activate(long electionId) {
        requireAdmin();
        Election election = load(electionId);
        if (election.isActive()) {
            throw DeskException.invalid(
                    "election.alreadyActive", election.toInfo().name());
        }
        activate(election);
        return election.toInfo();
    }

    /**
     * Ends that election's being active: its desk then has no active election (after the election,
     * or to end an exercise without activating another) and works in real mode. Other desks are
     * unchanged. The election and its data stay.
     */
    @Transactional
    public ElectionInfo deactivate(long electionId) {
        requireAdmin();
        Election election = load(electionId);
        if (!election.isActive()) {
            throw DeskException.invalid("election.notActive", election.toInfo().name());
        }
        changing();
        election.deactivate();
        ElectionInfo after = repository.saveAndFlush(election).toInfo();
        audit.record(SUBJECT, after.code(), "deactivated", after.name(), null, null);
        events.publishEvent(new ElectionChanged(after.id()));
        afterCommit(this::syncAndReload);
        return after;
    }

    /** Runs after the current transaction commits (at once without one). */
    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    private void activate(Election election) {
        changing();
        repository.findByDeskIdAndActiveTrue(election.deskId()).ifPresent(Election::deactivate);
        audit.record(
                SUBJECT,
                election.toInfo().code(),
                "activated",
                election.toInfo().name(),
                null,
                null);
        // The one active election per desk is a unique key: the old one lets go before the new one
        // takes it. Another admin activating in the same desk at the same moment is refused here.
        try {
            repository.flush();
            election.activate(clock.instant());
            repository.flush();
        } catch (DataIntegrityViolationException raced) {
            throw DeskException.conflict("election.activate.raced");
        }
        if (election.exercise() && !mode.exercise(election.deskId())) {
            exerciseData.forEach(d -> d.exerciseStarting(election.deskId()));
        }
        events.publishEvent(new ElectionActivated(election.id(), election.exercise()));
        // This node follows at once: the next request works in the new election's desk.
        afterCommit(this::syncAndReload);
    }

    /** Follows the active election from start-up on, and on every node when it changes. */
    @PostConstruct
    void followActiveElection() {
        syncMode();
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived arrived
                    && (arrived.envelope().event() instanceof ElectionActivated
                            || arrived.envelope().event() instanceof ElectionChanged)) {
                changes.incrementAndGet();
                Thread.ofVirtual().name("exercise-mode").start(this::syncAndReload);
            }
        });
    }

    @PreDestroy
    void stopFollowing() {
        unsubscribe.run();
    }

    /** Safety net: a node that missed the event still follows the database within seconds. */
    @Scheduled(
            fixedDelayString = "${desk.cluster.reconcile-interval:15s}",
            initialDelayString = "${desk.cluster.reconcile-interval:15s}")
    void checkMode() {
        try {
            syncAndReload();
        } catch (RuntimeException e) {
            log.warn("Could not check the exercise mode", e);
        }
    }

    synchronized void syncAndReload() {
        Set<Long> modeChanged = syncMode();
        boolean deskChanged = working.refresh();
        long desk = working.id();
        if (modeChanged.contains(desk)) {
            // The live snapshots hold the working desk: they follow its mode.
            snapshots.getObject().modeChanged(mode.exercise(desk) ? "exercise mode started" : "exercise mode ended");
        } else if (deskChanged) {
            snapshots.getObject().modeChanged("working desk changed");
        }
    }

    /** Sets every desk's mode on this node from the database; returns the desks whose mode changed. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Set<Long> syncMode() {
        Map<Long, ExerciseMode.Active> active = new HashMap<>();
        for (Election e : repository.findByActiveTrueOrderByIdDesc()) {
            active.putIfAbsent(e.deskId(), new ExerciseMode.Active(e.exercise(), e.activatedAt()));
        }
        Set<Long> changed = mode.follow(active);
        if (!changed.isEmpty()) {
            changes.incrementAndGet();
            for (Long desk : changed) {
                log.info(
                        mode.exercise(desk)
                                ? "Exercise mode in desk {}: an exercise election is active"
                                : "Exercise mode ended in desk {}",
                        desk);
            }
        }
        return changed;
    }

    private static void requireAdmin() {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("election.forbidden");
        }
    }

    /** What is needed to create an election. */
    public record NewElection(
            String code, String name, String regionCode, boolean exercise, boolean activate, List<StageInfo> stages) {}
}
