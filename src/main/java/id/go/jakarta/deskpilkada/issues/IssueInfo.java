package id.go.jakarta.deskpilkada.issues;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An issue as its readers see it. */
public record IssueInfo(
        long id,
        String title,
        @Nullable String description,
        long categoryId,
        Severity severity,
        IssueStatus status,
        String wilayahCode,
        @Nullable String kecamatanCode,
        @Nullable String kelurahanCode,
        @Nullable String tps,
        @Nullable String address,
        @Nullable Long electionId,
        @Nullable Integer stageSeq,
        IssueSource source,
        String reporter,
        long poskoId,
        boolean escalated,
        @Nullable Long assignedUnitId,
        @Nullable Rejection rejection,
        Instant reportedAt,
        @Nullable Instant referredAt,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant overdueAt,
        @Nullable Instant resolvedAt,
        Instant updatedAt,
        long version)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean open() {
        return status.open();
    }

    /** Referred, not yet acknowledged, and past its response-time target. */
    public boolean overdue() {
        return overdueAt != null && acknowledgedAt == null && status == IssueStatus.DITANGANI;
    }
}
