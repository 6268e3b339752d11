package id.go.jakarta.deskpilkada.issues.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface IssueExerciseRepository extends Repository<Issue, Long> {

    @Modifying
    @Query(
            value =
                    "delete from issue_aud where id in (select id from issue where exercise = true and desk_id = :desk)",
            nativeQuery = true)
    int wipeAudit(long desk);

    @Modifying
    @Query(
            value =
                    "delete from issue_event where issue_id in (select id from issue where exercise = true and desk_id = :desk)",
            nativeQuery = true)
    int wipeEvents(long desk);

    @Modifying
    @Query(
            value =
                    "delete from issue_attachment where issue_id in (select id from issue where exercise = true and desk_id = :desk)",
            nativeQuery = true)
    int wipeAttachments(long desk);

    @Modifying
    @Query(
            value =
                    "delete from issue_intake_key where issue_id in (select id from issue where exercise = true and desk_id = :desk)",
            nativeQuery = true)
    int wipeIntakeKeys(long desk);

    @Modifying
    @Query(value = "delete from issue where exercise = true and desk_id = :desk", nativeQuery = true)
    int wipeIssues(long desk);
}
