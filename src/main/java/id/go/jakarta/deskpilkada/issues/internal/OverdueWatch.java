package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.data.DeskRounds;
import id.go.jakarta.deskpilkada.issues.IssueOverdue;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time makes a referral overdue without anybody acting. Every node looks every few seconds; the
 * conditional update lets exactly one node flag each referral and raise {@link IssueOverdue}.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class OverdueWatch {

    private final IssueRepository issues;
    private final IssueProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DeskRounds rounds;

    OverdueWatch(
            IssueRepository issues,
            IssueProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            DeskRounds rounds) {
        this.rounds = rounds;
        this.issues = issues;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${desk.issues.watch-interval:15s}",
            initialDelayString = "${desk.issues.watch-interval:15s}")
    void check() {
        rounds.each("Overdue check", desk -> flagOverdue(clock.instant()));
    }

    /**
     * Flags every referral of the acting desk past its target at that time; returns how many this
     * node flagged.
     */
    public int flagOverdue(Instant now) {
        Instant shortest = now.minus(Arrays.stream(Severity.values())
                .map(properties::acknowledgeWithin)
                .min(Comparator.naturalOrder())
                .orElseThrow());
        int flagged = 0;
        for (Long id :
                transactions.execute(s -> issues.findUnacknowledgedReferredBefore(IssueStatus.DITANGANI, shortest))) {
            Boolean raised = transactions.execute(s -> {
                Issue issue = issues.findById(id).orElse(null);
                if (issue == null
                        || issue.referredAt() == null
                        || issue.assignedUnitId() == null
                        || issue.referredAt()
                                .plus(properties.acknowledgeWithin(issue.severity()))
                                .isAfter(now)) {
                    return false;
                }
                if (issues.flagOverdue(id, IssueStatus.DITANGANI, now) != 1) {
                    return false;
                }
                events.publishEvent(new IssueOverdue(id, issue.poskoId(), issue.assignedUnitId(), issue.severity()));
                return true;
            });
            if (Boolean.TRUE.equals(raised)) {
                flagged++;
            }
        }
        return flagged;
    }
}
