package id.go.jakarta.deskpilkada.integration;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An integration client as administrators see it (never the token or its hash). */
public record ApiClientInfo(
        long id,
        String name,
        Instant createdAt,
        String createdBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt,
        long version) {

    public boolean active() {
        return revokedAt == null;
    }
}
