package id.go.jakarta.deskpilkada.reports.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The situation reports and missed-report flags of exercises. */
@Service
@Transactional
@Order(30)
class ReportExerciseData implements ExerciseData {

    private final ReportExerciseRepository rows;

    ReportExerciseData(ReportExerciseRepository rows) {
        this.rows = rows;
    }

    @Override
    public int wipeExercise(long desk) {
        rows.wipeMissed(desk);
        rows.unlink(desk);
        return rows.wipeReports(desk);
    }
}
