package id.go.jakarta.deskpilkada.posko.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface PoskoExerciseRepository extends Repository<Posko, Long> {

    @Modifying
    @Query(value = "delete from posko_alert_change where exercise = true and desk_id = :desk", nativeQuery = true)
    int wipeAlertChanges(long desk);

    @Modifying
    @Query(
            value =
                    "update posko set exercise_alert_level = null, exercise_alert_reason = null, exercise_alert_changed_by = null, "
                            + "exercise_alert_changed_at = null, version = version + 1 where exercise_alert_changed_at is not null and desk_id = :desk",
            nativeQuery = true)
    int clearAlerts(long desk);

    @Modifying
    @Query(
            value =
                    "update posko_activity set last_at = timestamp with time zone '1970-01-01 00:00:00+00', kind = 'NONE' "
                            + "where exercise = true and desk_id = :desk",
            nativeQuery = true)
    int resetActivity(long desk);
}
