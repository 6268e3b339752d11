package id.go.jakarta.deskpilkada.reports.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface ReportExerciseRepository extends Repository<SituationReport, Long> {

    @Modifying
    @Query(
            value = "delete from situation_report_missed where exercise = true "
                    + "and posko_id in (select p.id from posko p where p.desk_id = :desk)",
            nativeQuery = true)
    int wipeMissed(long desk);

    @Modifying
    @Query(
            value = "update situation_report set previous_id = null where exercise = true and desk_id = :desk",
            nativeQuery = true)
    int unlink(long desk);

    @Modifying
    @Query(value = "delete from situation_report where exercise = true and desk_id = :desk", nativeQuery = true)
    int wipeReports(long desk);
}
