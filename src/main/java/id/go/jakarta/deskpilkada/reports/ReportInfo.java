package id.go.jakarta.deskpilkada.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a post's report for one due time, as screens show it.
 *
 * @param reportVersion 1 for the first report of that due time, n+1 for a correction of version n
 * @param previousId    the accepted version this one corrects
 * @param facts         the frozen facts; null while the report has never been submitted
 * @param late          submitted after the due time and its grace period
 * @param version       the row version: a change is accepted only against the version seen
 */
public record ReportInfo(
        long id,
        long poskoId,
        Instant dueAt,
        Instant periodStart,
        int reportVersion,
        @Nullable Long previousId,
        ReportStatus status,
        ReportText text,
        @Nullable ReportFacts facts,
        @Nullable String returnNote,
        String createdBy,
        Instant createdAt,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        boolean late,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        Instant updatedAt,
        long version) {}
