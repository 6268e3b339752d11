package id.go.jakarta.deskpilkada.reports.internal;

import id.go.jakarta.deskpilkada.base.data.DeskRounds;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportMissed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time makes a report missing without anybody acting. Every node looks every few seconds; the
 * insert of the missed due time (its primary key refuses a second) lets exactly one node raise
 * {@link ReportMissed} per post and due time.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class MissedReportWatch {

    private final SituationReportRepository reports;
    private final ReportSchedule schedule;
    private final ReportProperties properties;
    private final PoskoService posko;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ExerciseMode mode;
    private final Clock clock;
    private final DeskRounds rounds;

    MissedReportWatch(
            SituationReportRepository reports,
            ReportSchedule schedule,
            ReportProperties properties,
            PoskoService posko,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            ExerciseMode mode,
            Clock clock,
            DeskRounds rounds) {
        this.rounds = rounds;
        this.mode = mode;
        this.reports = reports;
        this.schedule = schedule;
        this.properties = properties;
        this.posko = posko;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${desk.reports.watch-interval:30s}",
            initialDelayString = "${desk.reports.watch-interval:30s}")
    void check() {
        rounds.each("Missed report check", desk -> flagMissed(clock.instant()));
    }

    /**
     * Flags, in the acting desk, every due time within the look-back period whose grace period is over at that time
     * and that has no submitted report; returns how many this node flagged.
     */
    public int flagMissed(Instant now) {
        boolean exercise = mode.exercise();
        Instant lookback = now.minus(properties.lookback());
        // An exercise is not late for times before it began (a late-report inject makes one late).
        Instant from = exercise && mode.since().isAfter(lookback) ? mode.since() : lookback;
        int flagged = 0;
        for (PoskoTile post : posko.tiles()) {
            Set<Instant> done = new HashSet<>(transactions.execute(s -> reports.submittedDues(post.id(), from, now)));
            for (Instant due : schedule.dues(post.level(), from, now)) {
                if (done.contains(due) || schedule.lateAfter(due).isAfter(now)) {
                    continue;
                }
                if (raise(post.id(), due, exercise, now)) {
                    flagged++;
                }
            }
        }
        return flagged;
    }

    /** Flags one due time as missed now (once per post, due time and mode); true if this call did. */
    public boolean raise(long poskoId, Instant due, boolean exercise, Instant now) {
        try {
            return Boolean.TRUE.equals(transactions.execute(s -> {
                if (reports.missedFlags(poskoId, due, exercise) > 0
                        || reports.flagMissed(poskoId, due, exercise, now) != 1) {
                    return false;
                }
                events.publishEvent(new ReportMissed(poskoId, due));
                return true;
            }));
        } catch (DataIntegrityViolationException raisedElsewhere) {
            return false;
        }
    }
}
