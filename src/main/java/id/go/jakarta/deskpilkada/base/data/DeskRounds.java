package id.go.jakarta.deskpilkada.base.data;

import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system's own periodic work (the watches: shift starts and grace periods, late referrals,
 * missed reports) done once in each desk that is working: the working desk and every desk with an
 * active election (docs/desks.md), on the one node that owns the desk. Each round runs as the system acting in that desk, in a
 * persistence scope of its own (a Hibernate session keeps the desk it was opened in), so it reads
 * and writes only that desk's rows and its exercise mode is the desk's own.
 *
 * <p>A round stops between two desks when the application begins to shut down (this bean is
 * stopped before the database and the cluster close), rather than try each remaining desk
 * against a closed database and log a failure for every one of them.
 */
@Component
public class DeskRounds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeskRounds.class);

    private final ExerciseMode mode;
    private final WorkingDesk working;
    private final DeskOwnership ownership;
    /** A persistence scope of its own per round: a session opened for one desk is never reused for another. */
    private final TransactionTemplate ownScope;

    DeskRounds(
            ExerciseMode mode, WorkingDesk working, DeskOwnership ownership, PlatformTransactionManager transactions) {
        this.mode = mode;
        this.working = working;
        this.ownership = ownership;
        this.ownScope = new TransactionTemplate(transactions);
        this.ownScope.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Rounds stop at the next desk: the database and the cluster are about to close. */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The desks a round visits: the working desk first, then every desk with an active election. */
    public Set<Long> desks() {
        Set<Long> desks = new LinkedHashSet<>();
        desks.add(working.id());
        desks.addAll(mode.activeDesks());
        return desks;
    }

    /**
     * Runs {@code work} once per desk of {@link #desks()} that this node owns ({@link
     * DeskOwnership}: each desk's round runs on one node of the cluster), as the system acting in
     * it. A failure in one desk is logged and the other desks still get their round.
     */
    public void each(String what, LongConsumer work) {
        if (!running) {
            return;
        }
        for (long desk : desks()) {
            if (!running) {
                log.debug("{}: stopped before desk {}, the application is shutting down", what, desk);
                return;
            }
            if (!ownership.ownsHere(desk)) {
                continue;
            }
            try {
                CurrentActor.as(Actor.SYSTEM.inDesk(desk), () -> {
                    ownScope.executeWithoutResult(scope -> work.accept(desk));
                    return null;
                });
            } catch (RuntimeException e) {
                log.warn("{} failed in desk {}", what, desk, e);
            }
        }
    }
}
