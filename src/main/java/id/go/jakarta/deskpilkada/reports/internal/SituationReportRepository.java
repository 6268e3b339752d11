package id.go.jakarta.deskpilkada.reports.internal;

import id.go.jakarta.deskpilkada.reports.ReportStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SituationReportRepository extends JpaRepository<SituationReport, Long> {

    List<SituationReport> findByPoskoIdAndDueAtOrderByReportVersionDesc(long poskoId, Instant dueAt);

    List<SituationReport> findByPoskoIdOrderByDueAtDescReportVersionDesc(long poskoId);

    List<SituationReport> findByDueAtGreaterThanAndDueAtLessThanEqualOrderByDueAtAscPoskoIdAscReportVersionDesc(
            Instant from, Instant to);

    /** Due times of the post in the range that have a report submitted at least once. */
    @Query("select distinct r.dueAt from SituationReport r where r.poskoId = :poskoId and r.dueAt > :from"
            + " and r.dueAt <= :to and r.submittedAt is not null")
    List<Instant> submittedDues(long poskoId, Instant from, Instant to);

    /** Each post's due times in the range that have a report submitted at least once: (posko id, due time). */
    @Query("select distinct r.poskoId, r.dueAt from SituationReport r where r.dueAt > :from and r.dueAt <= :to"
            + " and r.submittedAt is not null")
    List<Object[]> submittedDuesBetween(Instant from, Instant to);

    /** The due times of these posts in the range already flagged missed in that mode: (posko id, due time). */
    @Query(
            value = "select posko_id, due_at from situation_report_missed where posko_id in (:poskoIds) "
                    + "and due_at > :from and due_at <= :to and exercise = :exercise",
            nativeQuery = true)
    List<Object[]> missedBetween(Collection<Long> poskoIds, Instant from, Instant to, boolean exercise);

    @Query(
            "select distinct r.poskoId, r.dueAt from SituationReport r where r.dueAt >= :since and r.submittedAt is not null")
    List<Object[]> submittedDuesSince(Instant since);

    @Query(
            "select r.poskoId, max(r.submittedAt) from SituationReport r where r.submittedAt is not null group by r.poskoId")
    List<Object[]> lastSubmitted();

    @Query("select r.poskoId, max(r.reviewedAt) from SituationReport r where r.status = :status group by r.poskoId")
    List<Object[]> lastReviewed(ReportStatus status);

    /** Inserts the missed due time once: a second node's insert fails on the primary key. */
    @Modifying
    @Query(
            value = "insert into situation_report_missed (posko_id, due_at, exercise, flagged_at) "
                    + "values (:poskoId, :dueAt, :exercise, :at)",
            nativeQuery = true)
    int flagMissed(long poskoId, Instant dueAt, boolean exercise, Instant at);

    @Query(
            value = "select count(*) from situation_report_missed where posko_id = :poskoId and due_at = :dueAt "
                    + "and exercise = :exercise",
            nativeQuery = true)
    long missedFlags(long poskoId, Instant dueAt, boolean exercise);
}
