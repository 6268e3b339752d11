package id.go.jakarta.deskpilkada.posko.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exercise's alert levels, their history and the posts' last activity during exercises. */
@Service
@Transactional
@Order(60)
class PoskoExerciseData implements ExerciseData {

    private final PoskoExerciseRepository rows;

    PoskoExerciseData(PoskoExerciseRepository rows) {
        this.rows = rows;
    }

    @Override
    public int wipeExercise(long desk) {
        rows.resetActivity(desk);
        return rows.wipeAlertChanges(desk) + rows.clearAlerts(desk);
    }
}
