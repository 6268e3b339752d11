package id.go.jakarta.deskpilkada.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One post's reporting for the wall (no names, no text).
 *
 * @param lastSubmittedAt when the post last submitted a report (any version)
 * @param lastAcceptedAt  when a report of the post was last accepted
 * @param nextDueAt       the next due time
 * @param overdue         a due time passed (plus grace) without a submitted report
 * @param overdueSince    the earliest such due time plus grace, when overdue
 * @param overdueDueAt    that due time, when overdue
 */
public record ReportWallStatus(
        long poskoId,
        @Nullable Instant lastSubmittedAt,
        @Nullable Instant lastAcceptedAt,
        Instant nextDueAt,
        boolean overdue,
        @Nullable Instant overdueSince,
        @Nullable Instant overdueDueAt) {}
