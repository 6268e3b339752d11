/**
 * User accounts: sign-in (passwords hashed with bcrypt), the one role of each account and the
 * post or agency it is bound to, the first ADMIN account, and account administration: one-time
 * passwords a person replaces at the first sign-in, locks lifted, accounts imported and exported
 * as CSV or XLSX, every change in the audit trail; a person's roles in other desks than his
 * account's and the choice of the desk he works in.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {
            "audit",
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: table",
            "base :: time",
            "base :: ui",
            "desk",
            "posko",
            "staff"
        })
@NullMarked
package id.go.jakarta.deskpilkada.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
