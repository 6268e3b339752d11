package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.base.security.Role;
import org.jspecify.annotations.Nullable;

/** What an administrator fills in to create an account. */
public record NewAccount(
        String username,
        String displayName,
        Role role,
        @Nullable Long poskoId,
        @Nullable Long unitId) {}
