package id.go.jakarta.deskpilkada.duty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DutyAssignmentRepository extends JpaRepository<DutyAssignment, Long> {

    List<DutyAssignment> findByPoskoIdAndDutyDateBetweenOrderByDutyDateAscStartsAtAsc(
            long poskoId, LocalDate from, LocalDate to);

    /** Several posts' roster at once, each post's in the order of the one-post query. */
    List<DutyAssignment> findByPoskoIdInAndDutyDateBetweenOrderByPoskoIdAscDutyDateAscStartsAtAsc(
            java.util.Collection<Long> poskoIds, LocalDate from, LocalDate to);

    /** An officer's entries that touch a window (his other shifts, for double booking and rest). */
    @Query("select a from DutyAssignment a where a.officerId = :officer and a.startsAt < :to and a.endsAt > :from")
    List<DutyAssignment> findOfOfficerTouching(long officer, Instant from, Instant to);

    List<DutyAssignment> findByOfficerIdOrderByStartsAtDesc(long officerId);

    List<DutyAssignment> findByShiftIdAndDutyDate(long shiftId, LocalDate day);

    boolean existsByShiftId(long shiftId);

    List<DutyAssignment> findByShiftIdAndStartsAtAfter(long shiftId, Instant after);
}
