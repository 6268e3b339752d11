package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The issues recorded during exercises, with their timelines, files, intake keys and revisions. */
@Service
@Transactional
@Order(40)
class IssueExerciseData implements ExerciseData {

    private final IssueExerciseRepository rows;

    IssueExerciseData(IssueExerciseRepository rows) {
        this.rows = rows;
    }

    @Override
    public int wipeExercise(long desk) {
        rows.wipeAudit(desk);
        rows.wipeEvents(desk);
        rows.wipeAttachments(desk);
        rows.wipeIntakeKeys(desk);
        return rows.wipeIssues(desk);
    }
}
