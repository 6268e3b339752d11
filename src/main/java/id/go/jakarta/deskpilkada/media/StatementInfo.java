package id.go.jakarta.deskpilkada.media;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement as its readers see it.
 *
 * @param contentVersion the number of its latest text version
 * @param version        the optimistic-lock version every change is made against
 * @param supersedesId   the published statement this one corrects, if any
 * @param supersededById the published correction of this statement, if any
 */
public record StatementInfo(
        long id,
        String title,
        String text,
        MediaStatus status,
        @Nullable Long poskoId,
        String author,
        List<Long> relatedIssueIds,
        @Nullable Long supersedesId,
        @Nullable Long supersededById,
        @Nullable String returnNote,
        int contentVersion,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        @Nullable Instant submittedAt,
        @Nullable String reviewedBy,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        long version) {

    public StatementInfo {
        relatedIssueIds = List.copyOf(relatedIssueIds);
    }

    public boolean published() {
        return status == MediaStatus.PUBLISHED;
    }

    public boolean superseded() {
        return supersededById != null;
    }
}
