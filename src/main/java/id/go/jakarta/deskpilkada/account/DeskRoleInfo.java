package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.base.security.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's role in this desk, held besides his account's own desk (docs/desks.md).
 *
 * @param homeDesk the name of the desk his account belongs to
 */
public record DeskRoleInfo(
        long id,
        long version,
        String username,
        String displayName,
        String homeDesk,
        Role role,
        @Nullable Long poskoId,
        @Nullable Long unitId,
        String grantedBy,
        Instant grantedAt) {}
