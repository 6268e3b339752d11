package id.go.jakarta.deskpilkada.issues.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Rejection;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.issues.TimelineKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the API reads and answers. Requests take codes and enum names as text, so a wrong value is
 * refused with the field's name and the allowed values rather than guessed (Jackson would take
 * {@code "severity": 1} as the second severity). Answers carry codes with names, instants in UTC
 * and the same moments in WIB.
 */
final class IssueDtos {

    private IssueDtos() {}

    /** A new issue. The place is the most precise of kelurahan, kecamatan and wilayah given. */
    record NewIssue(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 160) @Nullable
            String title,

            @Schema(maxLength = 4000) @Nullable String description,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "category code, see GET /api/v1/categories",
                    example = "POLITIK_UANG")
            @Nullable
            String category,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Severity.class) @Nullable
            String severity,

            @Schema(description = "kelurahan code", example = "31.71.01.1001") @Nullable
            String kelurahan,

            @Schema(description = "kecamatan code", example = "31.71.01") @Nullable
            String kecamatan,

            @Schema(description = "wilayah (kota/kabupaten) code", example = "31.71") @Nullable
            String wilayah,

            @Schema(description = "polling station number, 1 to 4 digits") @Nullable
            String tps,

            @Schema(maxLength = 300) @Nullable String address,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = IssueSource.class) @Nullable
            String source,

            @Schema(description = "stage number of the active election; default: the stage of today") @Nullable
            Integer stage,

            @Schema(description = "who reported it (a caller, a field officer); recorded with the client name")
            @Nullable
            String reporter) {}

    /** A workflow step, accepted only against the version the client last saw. */
    record TransitionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = IssueStatus.class) @Nullable
            String to,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the issue version the client saw")
            @Nullable
            Long version,

            @Schema(description = "unit or agency code, required for DITANGANI", example = "POLDA") @Nullable
            String unit,

            @Schema(implementation = Rejection.class, description = "required for DITOLAK") @Nullable
            String rejection,

            @Schema(description = "required for SELESAI: what was done") @Nullable
            String note) {}

    record CommentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) @Nullable
            String text) {}

    /** A code with its readable name (place, category, post, unit). */
    record Ref(String code, String name) {}

    record Stage(int seq, @Nullable String name) {}

    record IssueDto(
            long id,
            String title,
            @Nullable String description,
            Ref category,
            Severity severity,
            IssueStatus status,
            Ref wilayah,
            @Nullable Ref kecamatan,
            @Nullable Ref kelurahan,
            @Nullable String tps,
            @Nullable String address,
            @Nullable Stage stage,
            IssueSource source,
            String reporter,
            Ref posko,
            boolean escalated,
            @Nullable Ref assignedUnit,
            @Nullable Rejection rejection,
            Instant reportedAt,
            OffsetDateTime reportedAtWib,
            LocalDate reportedDay,
            @Nullable Instant referredAt,
            @Nullable Instant acknowledgeBy,
            @Nullable Instant acknowledgedAt,
            boolean overdue,
            @Nullable Instant resolvedAt,
            Instant updatedAt,
            OffsetDateTime updatedAtWib,

            @Schema(description = "send it back with a transition")
            long version,

            @Schema(description = "only in the answers about one issue")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Nullable
            List<TimelineLine> timeline) {}

    record TimelineLine(
            Instant at,
            OffsetDateTime atWib,
            String actor,
            TimelineKind kind,
            @Nullable IssueStatus from,
            @Nullable IssueStatus to,
            @Nullable String text) {}

    record IssuePage(List<IssueDto> items, int page, int size, long total) {}

    record CategoryDto(String code, String name, boolean active) {}

    record AttachmentDto(
            long id,
            long issueId,
            String fileName,
            String contentType,
            long size,
            String uploadedBy,
            Instant uploadedAt,
            @Schema(description = "where to download it") String href) {}
}
