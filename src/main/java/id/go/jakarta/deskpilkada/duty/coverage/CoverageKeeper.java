package id.go.jakarta.deskpilkada.duty.coverage;

import id.go.jakarta.deskpilkada.base.cluster.DeskCopies;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.CoverageChanged;
import id.go.jakarta.deskpilkada.duty.DutyEvent;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignment;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignmentRepository;
import id.go.jakarta.deskpilkada.duty.internal.DutyProperties;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplate;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplateRepository;
import id.go.jakarta.deskpilkada.posko.PostsChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a post's coverage from the database and decides, with the post's coverage state row
 * locked, whether a gap opened or closed or another shift began. Exactly one transaction in the
 * cluster sees each turn, so the alert is raised once however many nodes check.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class CoverageKeeper {

    private final ShiftTemplateRepository shifts;
    private final DutyAssignmentRepository assignments;
    private final CoverageStateRepository states;
    private final ApplicationEventPublisher events;
    private final CoverageCalculator calculator;
    private final ExerciseMode mode;
    private final Clock clock;
    private final DeskCopies.Part<Inputs> inputs;

    CoverageKeeper(
            ShiftTemplateRepository shifts,
            DutyAssignmentRepository assignments,
            CoverageStateRepository states,
            ApplicationEventPublisher events,
            DutyProperties properties,
            ExerciseMode mode,
            Clock clock,
            DeskCopies copies) {
        this.inputs = copies.part("coverage inputs", e -> e instanceof DutyEvent || e instanceof PostsChanged);
        this.mode = mode;
        this.shifts = shifts;
        this.assignments = assignments;
        this.states = states;
        this.events = events;
        this.calculator = new CoverageCalculator(properties.grace());
        this.clock = clock;
    }

    /** The post's coverage now, with the time its open gap was first seen. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public PostCoverage compute(long poskoId) {
        Instant now = clock.instant();
        return withGapSince(
                computeAt(poskoId, now),
                states.findByPoskoId(poskoId).map(Held::of).orElse(null));
    }

    /**
     * The coverage now of several posts (one desk's, the acting desk's), computed from the desk's
     * shifts, roster and states as {@link #inputs} holds them: for a reader of a desk whose coverage
     * is not in the live snapshot, and for the watch.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, PostCoverage> computeAll(Collection<Long> poskoIds) {
        Instant now = clock.instant();
        Inputs inputs = inputs(poskoIds, now);
        Map<Long, PostCoverage> all = new LinkedHashMap<>();
        computeAllAt(inputs, now)
                .forEach((posko, coverage) ->
                        all.put(posko, withGapSince(coverage, inputs.states().get(posko))));
        return all;
    }

    /**
     * Of these posts, those whose coverage turned (a gap opened or closed, another shift began) from
     * the state last decided, a post without a state row holding the row's defaults (as
     * {@link #decide} starts it): the ones the watch must {@link #decideAlone decide}. Read without
     * locks, from {@link #inputs}; the decision itself locks the row and reads everything again.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Long> dueForDecision(Collection<Long> poskoIds) {
        Instant now = clock.instant();
        Inputs inputs = inputs(poskoIds, now);
        List<Long> due = new ArrayList<>();
        computeAllAt(inputs, now).forEach((posko, coverage) -> {
            if (turn(coverage, inputs.states().getOrDefault(posko, Held.NONE)) != null) {
                due.add(posko);
            }
        });
        return due;
    }

    /** A post's coverage state as last decided, apart from its row. */
    private record Held(
            String shiftKey, boolean gap, @Nullable Instant gapSince) {

        /** A new state row's: no shift, no gap. */
        static final Held NONE = new Held("", false, null);

        static Held of(CoverageState state) {
            return new Held(state.shiftKey(), state.gap(), state.gapSince());
        }
    }

    /** What a desk's coverage is computed from on a day (WIB): its shifts, its roster of that day and the day before, its states. */
    private record Inputs(
            LocalDate today,
            Set<Long> posts,
            Map<Long, List<ShiftInfo>> templates,
            Map<Long, List<AssignmentInfo>> rosters,
            Map<Long, Held> states) {}

    /**
     * The acting desk's inputs for these posts: read in three queries, then kept on this node until a
     * duty event or a post change of that desk ({@link DeskCopies}), or the day turns. A watch round
     * of a quiet desk then reads nothing: time alone moves its coverage, and that is computed here.
     */
    private Inputs inputs(Collection<Long> poskoIds, Instant now) {
        LocalDate today = now.atZone(Wib.ZONE).toLocalDate();
        Set<Long> posts = Set.copyOf(poskoIds);
        return inputs.get(
                () -> read(posts, today),
                held -> held.today().equals(today) && held.posts().equals(posts));
    }

    private Inputs read(Set<Long> posts, LocalDate today) {
        Map<Long, List<ShiftInfo>> templates = new HashMap<>();
        shifts.findByPoskoIdInOrderByPoskoIdAscSortOrderAscStartTimeAsc(posts)
                .forEach(t -> templates
                        .computeIfAbsent(t.poskoId(), k -> new ArrayList<>())
                        .add(t.toInfo()));
        Map<Long, List<AssignmentInfo>> rosters = new HashMap<>();
        assignments
                .findByPoskoIdInAndDutyDateBetweenOrderByPoskoIdAscDutyDateAscStartsAtAsc(
                        posts, today.minusDays(1), today)
                .forEach(a -> rosters.computeIfAbsent(a.poskoId(), k -> new ArrayList<>())
                        .add(a.toInfo()));
        Map<Long, Held> held = new HashMap<>();
        states.findByPoskoIdIn(posts).forEach(s -> held.put(s.poskoId(), Held.of(s)));
        return new Inputs(today, posts, Map.copyOf(templates), Map.copyOf(rosters), Map.copyOf(held));
    }

    /** An open gap carries the time it was first seen, from the state that saw it. */
    private static PostCoverage withGapSince(PostCoverage coverage, @Nullable Held state) {
        return coverage.gap() && state != null && state.gap() ? coverage.withGapSince(state.gapSince()) : coverage;
    }

    private Map<Long, PostCoverage> computeAllAt(Inputs inputs, Instant now) {
        Map<Long, PostCoverage> all = new LinkedHashMap<>();
        for (long posko : inputs.posts()) {
            all.put(
                    posko,
                    calculator.compute(
                            posko,
                            inputs.templates().getOrDefault(posko, List.of()),
                            inputs.rosters().getOrDefault(posko, List.of()),
                            inputs.today(),
                            now));
        }
        return all;
    }

    PostCoverage computeAt(long poskoId, Instant now) {
        LocalDate today = now.atZone(Wib.ZONE).toLocalDate();
        List<ShiftInfo> templates = shifts.findByPoskoIdOrderBySortOrderAscStartTimeAsc(poskoId).stream()
                .map(ShiftTemplate::toInfo)
                .toList();
        List<AssignmentInfo> roster = assignments
                .findByPoskoIdAndDutyDateBetweenOrderByDutyDateAscStartsAtAsc(poskoId, today.minusDays(1), today)
                .stream()
                .map(DutyAssignment::toInfo)
                .toList();
        return calculator.compute(poskoId, templates, roster, today, now);
    }

    /** Inside the caller's transaction, after its change is flushed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(long poskoId) {
        Instant now = clock.instant();
        CoverageState state =
                states.lockByPoskoId(poskoId).orElseGet(() -> states.save(new CoverageState(poskoId, mode.exercise())));
        PostCoverage coverage = computeAt(poskoId, now);
        CoverageChanged.Turn turn = turn(coverage, Held.of(state));
        if (turn == null) {
            return;
        }
        boolean newShift = !coverage.shiftKey().equals(state.shiftKey());
        Instant since =
                coverage.gap() ? (state.gap() && !newShift && state.gapSince() != null ? state.gapSince() : now) : null;
        String summary =
                coverage.missing().stream().map(m -> m.role() + ":" + m.count()).collect(Collectors.joining(","));
        state.update(coverage.gap(), since, coverage.shiftKey(), summary.isEmpty() ? null : summary, now);
        events.publishEvent(new CoverageChanged(poskoId, turn));
        // This node's next round reads the new state, not the one held until the event comes back.
        inputs.forget();
    }

    /** How the coverage turned from the state held, if it did. */
    private static CoverageChanged.@Nullable Turn turn(PostCoverage coverage, Held state) {
        boolean newShift = !coverage.shiftKey().equals(state.shiftKey());
        if (coverage.gap() && (!state.gap() || newShift)) {
            // A shortage that carries into the next shift is that shift's own: alert it anew.
            return CoverageChanged.Turn.GAP_OPENED;
        } else if (!coverage.gap() && state.gap()) {
            return CoverageChanged.Turn.GAP_CLOSED;
        } else if (newShift) {
            return CoverageChanged.Turn.SHIFT_STARTED;
        }
        return null;
    }

    /** On its own, for the watch: every node calls it, the locked row lets one decide. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void decideAlone(long poskoId) {
        decide(poskoId);
    }
}
