package id.go.jakarta.deskpilkada.election;

import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.election.internal.Election;
import id.go.jakarta.deskpilkada.election.internal.ElectionRepository;
import id.go.jakarta.deskpilkada.election.internal.ElectionStage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Elections and their stage calendars, and the exercise mode that follows the active election: an
 * exercise election being active puts every node into exercise mode (see {@link ExerciseMode}).
 * Every node follows the database on {@link ElectionActivated} and every few seconds, so a node that
 * missed the event or started later is never in the wrong mode for long.
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

    private final ElectionRepository repository;
    private final ExerciseMode mode;
    private final List<ExerciseData> exerciseData;
    private final ApplicationEventPublisher events;
    private final LiveEventBus bus;
    private final ObjectProvider<LiveSnapshots> snapshots;
    private final Clock clock;
    private Runnable unsubscribe = () -> {};
    /** The active election as last read, kept {@link #ACTIVE_KEPT}: asked on almost every request. */
    private volatile @Nullable KeptActive kept;

    private final AtomicLong changes = new AtomicLong();
    static final Duration ACTIVE_KEPT = Duration.ofSeconds(5);

    private record KeptActive(Optional<ElectionInfo> active, long generation, long readAtNanos) {}

    ElectionService(
            ElectionRepository repository,
            ExerciseMode mode,
            List<ExerciseData> exerciseData,
            ApplicationEventPublisher events,
            LiveEventBus bus,
            ObjectProvider<LiveSnapshots> snapshots,
            Clock clock) {
        this.repository = repository;
        this.mode = mode;
        this.exerciseData = exerciseData;
        this.events = events;
        this.bus = bus;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * The election the posts are working on now, if one is marked active. Kept for a few seconds
     * (almost every request asks); forgotten at once when an election is activated here or on any
     * node ({@link ElectionActivated}), and inside a transaction that changes elections.
     */
    public Optional<ElectionInfo> active() {
        KeptActive held = kept;
        long generation = changes.get();
        long now = System.nanoTime();
        if (held != null
                && held.generation() == generation
                && now - held.readAtNanos() < ACTIVE_KEPT.toNanos()
                && !TransactionSynchronizationManager.hasResource(CHANGING)) {
            return held.active();
        }
        Optional<ElectionInfo> active =
                repository.findByActiveTrueOrderByIdDesc().stream().findFirst().map(Election::toInfo);
        if (!TransactionSynchronizationManager.hasResource(CHANGING)) {
            kept = new KeptActive(active, generation, now);
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

    public List<ElectionInfo> all() {
        return repository.findAllByOrderByIdDesc().stream()
                .map(Election::toInfo)
                .toList();
    }

    public boolean exists(String code) {
        return repository.existsByCode(code);
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
        Election election = new Election(code, name, request.regionCode(), request.exercise());
        LocalDate previousStart = LocalDate.MIN;
        for (StageInfo stage : request.stages()) {
            if (stage.endsOn().isBefore(stage.startsOn()) || stage.startsOn().isBefore(previousStart)) {
                throw DeskException.invalid("election.stage.order", stage.name());
            }
            previousStart = stage.startsOn();
            election.addStage(stage.name(), stage.startsOn(), stage.endsOn(), stage.votingDay());
        }
        Election saved = repository.save(election);
        if (request.activate()) {
            activate(saved);
        }
        return saved.toInfo();
    }

    /**
     * An exercise election copying another election's stages, moved so that its first voting day
     * falls on {@code votingDay} (rehearse voting day today, or any day).
     */
    @Transactional
    public ElectionInfo createExercise(long fromElectionId, String code, String name, LocalDate votingDay) {
        requireAdmin();
        Election from = repository
                .findById(fromElectionId)
                .orElseThrow(() -> DeskException.notFound("election.notFound", String.valueOf(fromElectionId)));
        LocalDate sourceVoting = from.stages().stream()
                .map(ElectionStage::toInfo)
                .filter(StageInfo::votingDay)
                .findFirst()
                .map(StageInfo::startsOn)
                .orElseThrow(() -> DeskException.invalid(
                        "election.noVotingDay", from.toInfo().name()));
        long shift = ChronoUnit.DAYS.between(sourceVoting, votingDay);
        List<StageInfo> stages = from.stages().stream()
                .map(ElectionStage::toInfo)
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
     * Makes that election the active one. Activating an exercise puts every screen into exercise mode
     * (the exercise starts from a copy of the real roster); activating a real election ends it. The
     * exercise's data stays until an ADMIN wipes it.
     */
    @Transactional
    public ElectionInfo activate(long electionId) {
        requireAdmin();
        Election election = repository
                .findById(electionId)
                .orElseThrow(() -> DeskException.notFound("election.notFound", String.valueOf(electionId)));
        if (election.isActive()) {
            throw DeskException.invalid(
                    "election.alreadyActive", election.toInfo().name());
        }
        activate(election);
        return election.toInfo();
    }

    private void activate(Election election) {
        changing();
        repository.findAll().forEach(Election::deactivate);
        election.activate(clock.instant());
        if (election.exercise() && !mode.exercise()) {
            exerciseData.forEach(ExerciseData::exerciseStarting);
        }
        events.publishEvent(new ElectionActivated(election.id(), election.exercise()));
    }

    /** Follows the active election from start-up on, and on every node when it changes. */
    @PostConstruct
    void followActiveElection() {
        syncMode();
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived arrived
                    && arrived.envelope().event() instanceof ElectionActivated) {
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
        if (syncMode()) {
            snapshots.getObject().modeChanged(mode.exercise() ? "exercise mode started" : "exercise mode ended");
        }
    }

    /** Sets this node's mode from the database; true if it changed. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    boolean syncMode() {
        Optional<Election> active =
                repository.findByActiveTrueOrderByIdDesc().stream().findFirst();
        boolean exercise = active.map(Election::exercise).orElse(false);
        Instant since = active.map(Election::activatedAt).orElse(Instant.EPOCH);
        boolean changed = mode.set(exercise, since);
        if (changed) {
            changes.incrementAndGet();
            log.info(exercise ? "Exercise mode: an exercise election is active" : "Exercise mode ended");
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
