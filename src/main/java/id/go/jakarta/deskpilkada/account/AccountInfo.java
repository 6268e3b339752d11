package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.base.security.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as administrators see it (never the password or its hash).
 *
 * @param phone              mobile number, without separators
 * @param mustChangePassword the password is a one-time one the person has not replaced yet
 * @param lockedUntil        when the sign-in lock after wrong passwords ends, if locked when
 *                           {@link AccountService#list} read it (other answers leave it empty)
 */
public record AccountInfo(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long poskoId,
        @Nullable Long unitId,
        @Nullable Long officerId,
        @Nullable String phone,
        @Nullable String email,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        long version) {

    public AccountInfo withLockedUntil(@Nullable Instant until) {
        return new AccountInfo(
                id,
                username,
                displayName,
                role,
                poskoId,
                unitId,
                officerId,
                phone,
                email,
                enabled,
                mustChangePassword,
                until,
                createdAt,
                version);
    }
}
