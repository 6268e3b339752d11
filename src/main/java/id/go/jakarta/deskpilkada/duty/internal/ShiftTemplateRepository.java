package id.go.jakarta.deskpilkada.duty.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShiftTemplateRepository extends JpaRepository<ShiftTemplate, Long> {

    /** Serializes changes to one shift's places (role headcounts) between planners. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.QueryHints(
            @jakarta.persistence.QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
    @org.springframework.data.jpa.repository.Query("select s from ShiftTemplate s where s.id = :id")
    java.util.Optional<ShiftTemplate> lockById(long id);

    List<ShiftTemplate> findByPoskoIdOrderBySortOrderAscStartTimeAsc(long poskoId);

    /** Several posts' shifts at once, each post's in the order of the one-post query. */
    List<ShiftTemplate> findByPoskoIdInOrderByPoskoIdAscSortOrderAscStartTimeAsc(java.util.Collection<Long> poskoIds);

    List<ShiftTemplate> findByActiveTrue();

    boolean existsByPoskoIdAndNameIgnoreCaseAndIdNot(long poskoId, String name, long id);

    int countByPoskoId(long poskoId);
}
