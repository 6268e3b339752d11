package id.go.jakarta.deskpilkada.situation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A paired wall screen as administrators see it (never its token or hash); {@code panels} are its
 * own panels in order, empty when it follows the common playlist.
 */
public record WallScreenInfo(
        long id,
        String name,
        Instant createdAt,
        String createdBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastSeenAt,
        WallScreenService.Status status,
        List<WallPanelKind> panels,
        long version) {

    public boolean active() {
        return status == WallScreenService.Status.ACTIVE;
    }
}
