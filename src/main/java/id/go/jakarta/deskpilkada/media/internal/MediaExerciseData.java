package id.go.jakarta.deskpilkada.media.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The media statements drafted and published during exercises, with their versions. */
@Service
@Transactional
@Order(10)
class MediaExerciseData implements ExerciseData {

    private final MediaExerciseRepository rows;

    MediaExerciseData(MediaExerciseRepository rows) {
        this.rows = rows;
    }

    @Override
    public int wipeExercise(long desk) {
        rows.wipeRelatedIssues(desk);
        rows.wipeVersions(desk);
        rows.unlink(desk);
        return rows.wipeStatements(desk);
    }
}
