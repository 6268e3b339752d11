package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.issues.IssueStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface IssueRepository extends JpaRepository<Issue, Long>, JpaSpecificationExecutor<Issue> {

    /** Same place and category, reported since: likely the same problem. */
    @Query("select i from Issue i where i.kelurahanCode = :kelurahan and i.categoryId = :category"
            + " and i.reportedAt >= :since order by i.reportedAt desc")
    List<Issue> findRecentAt(String kelurahan, long category, Instant since);

    /** Issues whose title contains the pattern (lower case, LIKE with backslash escapes), newest first. */
    @Query("select i from Issue i where i.reportedAt >= :since and lower(i.title) like :pattern escape '\\'"
            + " order by i.reportedAt desc")
    List<Issue> findRecentTitled(String pattern, Instant since, Pageable page);

    /** Open issues counted by owner post, wilayah, severity and status, with the oldest report time. */
    @Query("select i.poskoId, i.wilayahCode, i.severity, i.status, count(i), min(i.reportedAt) from Issue i"
            + " where i.status in :open group by i.poskoId, i.wilayahCode, i.severity, i.status")
    List<Object[]> countOpen(Collection<IssueStatus> open);

    /** Referrals flagged overdue and still not acknowledged, by owner post and wilayah. */
    @Query("select i.poskoId, i.wilayahCode, count(i) from Issue i where i.status = :status"
            + " and i.acknowledgedAt is null and i.overdueAt is not null group by i.poskoId, i.wilayahCode")
    List<Object[]> countOverdue(IssueStatus status);

    /** Issues reported since then and not rejected: where (wilayah, kecamatan, kelurahan), severity, status, when. */
    @Query("select i.wilayahCode, i.kecamatanCode, i.kelurahanCode, i.severity, i.status, i.reportedAt from Issue i"
            + " where i.reportedAt >= :since and i.status <> :rejected")
    List<Object[]> findReportedSince(Instant since, IssueStatus rejected);

    @Query("select i.reportedDay, i.categoryId, count(i) from Issue i where i.reportedDay >= :since"
            + " group by i.reportedDay, i.categoryId")
    List<Object[]> countReportedPerDay(LocalDate since);

    @Query("select i.resolvedDay, i.categoryId, count(i) from Issue i where i.resolvedDay >= :since"
            + " group by i.resolvedDay, i.categoryId")
    List<Object[]> countResolvedPerDay(LocalDate since);

    /**
     * Flags one referral overdue if it still is unacknowledged and unflagged: 1 for the one node
     * that flagged it. A bulk update, so an editor's version and the revision history stay as they are.
     */
    @Modifying
    @Query("update Issue i set i.overdueAt = :at where i.id = :id and i.status = :status"
            + " and i.acknowledgedAt is null and i.overdueAt is null")
    int flagOverdue(long id, IssueStatus status, Instant at);

    /** Referrals not yet acknowledged nor flagged, referred before the cut-off (the watch checks each). */
    @Query("select i.id from Issue i where i.status = :status and i.acknowledgedAt is null"
            + " and i.overdueAt is null and i.referredAt <= :before")
    List<Long> findUnacknowledgedReferredBefore(IssueStatus status, Instant before);
}
