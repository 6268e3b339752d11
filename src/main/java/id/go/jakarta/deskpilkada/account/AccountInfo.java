package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.base.security.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as administrators see it (never the password hash). */
public record AccountInfo(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long poskoId,
        @Nullable Long unitId,
        @Nullable Long officerId,
        boolean enabled,
        Instant createdAt,
        long version) {}
