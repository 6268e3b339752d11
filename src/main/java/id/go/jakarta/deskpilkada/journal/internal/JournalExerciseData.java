package id.go.jakarta.deskpilkada.journal.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The journal entries written during exercises (the only deletion journal entries ever see). */
@Service
@Transactional
@Order(20)
class JournalExerciseData implements ExerciseData {

    private final JournalExerciseRepository rows;

    JournalExerciseData(JournalExerciseRepository rows) {
        this.rows = rows;
    }

    @Override
    public int wipeExercise(long desk) {
        rows.unlink(desk);
        return rows.wipeEntries(desk);
    }
}
