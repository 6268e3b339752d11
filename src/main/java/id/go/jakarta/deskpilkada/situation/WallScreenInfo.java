package id.go.jakarta.deskpilkada.situation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A paired wall screen as administrators see it (never its token or hash). */
public record WallScreenInfo(
        long id,
        String name,
        Instant createdAt,
        String createdBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastSeenAt,
        WallScreenService.Status status,
        long version) {

    public boolean active() {
        return status == WallScreenService.Status.ACTIVE;
    }
}
