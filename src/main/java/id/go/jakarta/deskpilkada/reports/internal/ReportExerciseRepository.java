package id.go.jakarta.deskpilkada.reports.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface ReportExerciseRepository extends Repository<SituationReport, Long> {

    @Modifying
    @Query(value = "delete from situation_report_missed where exercise = true", nativeQuery = true)
    int wipeMissed();

    @Modifying
    @Query(value = "update situation_report set previous_id = null where exercise = true", nativeQuery = true)
    int unlink();

    @Modifying
    @Query(value = "delete from situation_report where exercise = true", nativeQuery = true)
    int wipeReports();
}
