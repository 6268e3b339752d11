package id.go.jakarta.deskpilkada.media.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface MediaExerciseRepository extends Repository<MediaStatement, Long> {

    @Modifying
    @Query(
            value =
                    "delete from media_statement_issue where statement_id in (select id from media_statement where exercise = true and desk_id = :desk)",
            nativeQuery = true)
    int wipeRelatedIssues(long desk);

    @Modifying
    @Query(
            value =
                    "delete from media_statement_version where statement_id in (select id from media_statement where exercise = true and desk_id = :desk)",
            nativeQuery = true)
    int wipeVersions(long desk);

    @Modifying
    @Query(
            value = "update media_statement set supersedes_id = null where exercise = true and desk_id = :desk",
            nativeQuery = true)
    int unlink(long desk);

    @Modifying
    @Query(value = "delete from media_statement where exercise = true and desk_id = :desk", nativeQuery = true)
    int wipeStatements(long desk);
}
