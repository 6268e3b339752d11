package id.go.jakarta.deskpilkada.media.internal;

import id.go.jakarta.deskpilkada.media.MediaStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MediaStatementRepository extends JpaRepository<MediaStatement, Long> {

    @Query("select s from MediaStatement s where s.status = :status order by s.publishedAt desc, s.id desc")
    List<MediaStatement> findPublished(MediaStatus status, Pageable page);

    @Query("select s from MediaStatement s where s.status in :statuses order by s.updatedAt desc, s.id desc")
    List<MediaStatement> findByStatuses(Collection<MediaStatus> statuses, Pageable page);

    /** The published correction of a statement, if one is out. */
    @Query("select s.id from MediaStatement s where s.supersedesId = :id and s.status = :status")
    List<Long> findSupersedingIds(long id, MediaStatus status);

    /** Pairs (superseded id, superseding id) of every published correction. */
    @Query("select s.supersedesId, s.id from MediaStatement s where s.supersedesId is not null and s.status = :status")
    List<Object[]> findSupersessions(MediaStatus status);

    /** The statement under a row lock, so two corrections of it cannot both be published. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from MediaStatement s where s.id = :id")
    Optional<MediaStatement> findLocked(long id);

    default Optional<MediaStatement> latest() {
        return findPublished(MediaStatus.PUBLISHED, Pageable.ofSize(1)).stream().findFirst();
    }
}
