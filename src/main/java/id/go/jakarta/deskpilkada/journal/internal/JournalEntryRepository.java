package id.go.jakarta.deskpilkada.journal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Entries are appended and read, never changed or removed: this repository deliberately offers no
 * update or delete method (it is a plain {@link Repository}, not a {@code JpaRepository}).
 */
public interface JournalEntryRepository extends Repository<JournalEntry, Long> {

    JournalEntry saveAndFlush(JournalEntry entry);

    Optional<JournalEntry> findById(long id);

    /** Pairs of (corrected entry id, correcting entry id) for the given entries. */
    @Query("select c.correctsId, c.id from JournalEntry c where c.correctsId in :ids")
    List<Object[]> correctionsOf(Collection<Long> ids);

    /** The latest entries of every post that no later entry corrects, newest first. */
    @Query("select e from JournalEntry e where not exists"
            + " (select c.id from JournalEntry c where c.correctsId = e.id) order by e.at desc, e.id desc")
    List<JournalEntry> findLatestStanding(Pageable page);
}
