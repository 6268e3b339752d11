package id.go.jakarta.deskpilkada.posko.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Records a post's last activity in the transaction of whatever it did. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class PoskoActivityRecorder {

    private final PoskoActivityRepository activities;
    private final ExerciseMode mode;
    private final Clock clock;

    PoskoActivityRecorder(PoskoActivityRepository activities, ExerciseMode mode, Clock clock) {
        this.mode = mode;
        this.activities = activities;
        this.clock = clock;
    }

    /** Runs inside the still-open transaction of whatever was done, and commits or rolls back with it. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void record(PoskoActivityEvent event) {
        if (!event.isActivity()) {
            return;
        }
        PoskoActivity activity = activities
                .findByPoskoId(event.poskoId())
                .orElseGet(() -> new PoskoActivity(event.poskoId(), mode.exercise()));
        activity.record(clock.instant(), event.activityKind());
        activities.save(activity);
    }
}
