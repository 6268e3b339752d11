package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.base.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator fills in for an account, to create it or to change it (the username stays).
 *
 * @param phone an Indonesian mobile number, as typed; optional
 * @param email an e-mail address; optional
 */
public record NewAccount(
        String username,
        String displayName,
        Role role,
        @Nullable Long poskoId,
        @Nullable Long unitId,
        @Nullable String phone,
        @Nullable String email) {

    /** An account without phone or e-mail. */
    public NewAccount(String username, String displayName, Role role, @Nullable Long poskoId, @Nullable Long unitId) {
        this(username, displayName, role, poskoId, unitId, null, null);
    }
}
