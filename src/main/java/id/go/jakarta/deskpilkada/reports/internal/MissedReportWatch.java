package id.go.jakarta.deskpilkada.reports.internal;

import id.go.jakarta.deskpilkada.base.data.DeskRounds;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportMissed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
     * Flags, in the acting desk, every due time within the look-back period whose grace period is
     * over at that time and that has no submitted report; returns how many this node flagged. The
     * desk's submitted and already flagged due times are read in two queries, so a quiet round costs
     * two queries whatever the number of posts; each new flag is still decided alone ({@link #raise}).
     */
    public int flagMissed(Instant now) {
        boolean exercise = mode.exercise();
        Instant lookback = now.minus(properties.lookback());
        // An exercise is not late for times before it began (a late-report inject makes one late).
        Instant from = exercise && mode.since().isAfter(lookback) ? mode.since() : lookback;
        List<PoskoTile> posts = posko.tiles();
        if (posts.isEmpty()) {
            return 0;
        }
        Map<Long, Set<Instant>> done = transactions.execute(s -> byPost(reports.submittedDuesBetween(from, now)));
        Map<Long, Set<Instant>> flaggedBefore = transactions.execute(s ->
                byPost(reports.missedBetween(posts.stream().map(PoskoTile::id).toList(), from, now, exercise)));
        int flagged = 0;
        for (PoskoTile post : posts) {
            Set<Instant> submitted = done.getOrDefault(post.id(), Set.of());
            Set<Instant> missed = flaggedBefore.getOrDefault(post.id(), Set.of());
            for (Instant due : schedule.dues(post.level(), from, now)) {
                if (submitted.contains(due)
                        || missed.contains(due)
                        || schedule.lateAfter(due).isAfter(now)) {
                    continue;
                }
                if (raise(post.id(), due, exercise, now)) {
                    flagged++;
                }
            }
        }
        return flagged;
    }

    /** Rows of (posko id, due time) grouped by post; a due time the driver gives as another type is made an instant. */
    private static Map<Long, Set<Instant>> byPost(List<Object[]> rows) {
        Map<Long, Set<Instant>> byPost = new HashMap<>();
        for (Object[] row : rows) {
            byPost.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>())
                    .add(instant(row[1]));
        }
        return byPost;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
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
