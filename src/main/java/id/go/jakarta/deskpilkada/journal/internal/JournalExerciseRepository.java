package id.go.jakarta.deskpilkada.journal.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface JournalExerciseRepository extends Repository<JournalEntry, Long> {

    @Modifying
    @Query(
            value = "update post_journal_entry set corrects_id = null where exercise = true and desk_id = :desk",
            nativeQuery = true)
    int unlink(long desk);

    @Modifying
    @Query(value = "delete from post_journal_entry where exercise = true and desk_id = :desk", nativeQuery = true)
    int wipeEntries(long desk);
}
