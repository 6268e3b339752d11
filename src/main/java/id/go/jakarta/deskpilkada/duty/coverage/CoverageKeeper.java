package id.go.jakarta.deskpilkada.duty.coverage;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.CoverageChanged;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignment;
import id.go.jakarta.deskpilkada.duty.internal.DutyAssignmentRepository;
import id.go.jakarta.deskpilkada.duty.internal.DutyProperties;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplate;
import id.go.jakarta.deskpilkada.duty.internal.ShiftTemplateRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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

    CoverageKeeper(
            ShiftTemplateRepository shifts,
            DutyAssignmentRepository assignments,
            CoverageStateRepository states,
            ApplicationEventPublisher events,
            DutyProperties properties,
            ExerciseMode mode,
            Clock clock) {
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
        PostCoverage coverage = computeAt(poskoId, now);
        CoverageState state = states.findByPoskoId(poskoId).orElse(null);
        return coverage.gap() && state != null && state.gap() ? coverage.withGapSince(state.gapSince()) : coverage;
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
        CoverageChanged.Turn turn = null;
        boolean newShift = !coverage.shiftKey().equals(state.shiftKey());
        if (coverage.gap() && (!state.gap() || newShift)) {
            // A shortage that carries into the next shift is that shift's own: alert it anew.
            turn = CoverageChanged.Turn.GAP_OPENED;
        } else if (!coverage.gap() && state.gap()) {
            turn = CoverageChanged.Turn.GAP_CLOSED;
        } else if (newShift) {
            turn = CoverageChanged.Turn.SHIFT_STARTED;
        }
        if (turn == null) {
            return;
        }
        Instant since =
                coverage.gap() ? (state.gap() && !newShift && state.gapSince() != null ? state.gapSince() : now) : null;
        String summary =
                coverage.missing().stream().map(m -> m.role() + ":" + m.count()).collect(Collectors.joining(","));
        state.update(coverage.gap(), since, coverage.shiftKey(), summary.isEmpty() ? null : summary, now);
        events.publishEvent(new CoverageChanged(poskoId, turn));
    }

    /** On its own, for the watch: every node calls it, the locked row lets one decide. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void decideAlone(long poskoId) {
        decide(poskoId);
    }
}
