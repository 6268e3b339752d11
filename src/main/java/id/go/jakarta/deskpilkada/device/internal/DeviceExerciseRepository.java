package id.go.jakarta.deskpilkada.device.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface DeviceExerciseRepository extends Repository<Device, Long> {

    @Modifying
    @Query(
            value =
                    "update device set exercise_status = null, exercise_status_since = null, exercise_status_note = null, "
                            + "exercise_status_changed_by = null where exercise_status is not null and desk_id = :desk",
            nativeQuery = true)
    int clearStatuses(long desk);

    @Modifying
    @Query(value = "delete from device_status_change where exercise = true and desk_id = :desk", nativeQuery = true)
    int deleteStatusChanges(long desk);
}
