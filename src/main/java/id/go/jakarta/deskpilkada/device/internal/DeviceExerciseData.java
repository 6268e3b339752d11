package id.go.jakarta.deskpilkada.device.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The device statuses exercises reported and their history rows (the devices themselves are real). */
@Service
@Transactional
@Order(70)
class DeviceExerciseData implements ExerciseData {

    private final DeviceExerciseRepository rows;

    DeviceExerciseData(DeviceExerciseRepository rows) {
        this.rows = rows;
    }

    @Override
    public int wipeExercise(long desk) {
        return rows.clearStatuses(desk) + rows.deleteStatusChanges(desk);
    }
}
