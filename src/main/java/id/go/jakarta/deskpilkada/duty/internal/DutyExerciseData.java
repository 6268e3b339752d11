package id.go.jakarta.deskpilkada.duty.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import id.go.jakarta.deskpilkada.base.time.Wib;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An exercise works on a copy of the real roster around today; wiping removes the copy. */
@Service
@Transactional
@Order(50)
class DutyExerciseData implements ExerciseData {

    private final DutyExerciseRepository rows;
    private final Clock clock;

    DutyExerciseData(DutyExerciseRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Copies the real roster from yesterday to a week ahead, officers and sign-ins as they are now. */
    @Override
    public void exerciseStarting(long desk) {
        LocalDate today = clock.instant().atZone(Wib.ZONE).toLocalDate();
        rows.copyRealRoster(desk, today.minusDays(1), today.plusDays(7));
    }

    @Override
    public int wipeExercise(long desk) {
        rows.wipeCoverage(desk);
        rows.unlink(desk);
        return rows.wipeAssignments(desk);
    }
}
