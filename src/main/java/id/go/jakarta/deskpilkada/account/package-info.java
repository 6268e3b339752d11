/**
 * User accounts: sign-in (passwords hashed with bcrypt), the one role of each account and the
 * post or agency it is bound to, the first ADMIN account, and account administration.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"base :: data", "base :: i18n", "base :: security", "base :: time", "posko", "staff"})
@NullMarked
package id.go.jakarta.deskpilkada.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
