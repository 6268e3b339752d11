package id.go.jakarta.deskpilkada.account.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param initialAdminPassword password of the first ADMIN account ({@code admin}), required when
 *                             the database holds no enabled ADMIN and demo data is off
 * @param minPasswordLength    shortest password accepted for any account
 */
@ConfigurationProperties("desk.accounts")
public record AccountProperties(
        @DefaultValue("") String initialAdminPassword,
        @DefaultValue("10") int minPasswordLength) {}
