package id.go.jakarta.deskpilkada.media;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import org.jspecify.annotations.Nullable;

/**
 * A media statement was drafted, edited, submitted, approved, returned or published.
 *
 * @param status       its status after the change ({@link MediaStatus#PUBLISHED}: the register and
 *                     the walls change)
 * @param supersededId when a published correction supersedes an earlier statement, that one's id
 */
public record MediaStatementChanged(
        long statementId, MediaStatus status, @Nullable Long supersededId) implements LiveEvent {

    public boolean published() {
        return status == MediaStatus.PUBLISHED;
    }
}
