package id.go.jakarta.deskpilkada.journal.internal;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface JournalExerciseRepository extends Repository<JournalEntry, Long> {

    @Modifying
    @Query(value = "update post_journal_entry set corrects_id = null where exercise = true", nativeQuery = true)
    int unlink();

    @Modifying
    @Query(value = "delete from post_journal_entry where exercise = true", nativeQuery = true)
    int wipeEntries();
}
