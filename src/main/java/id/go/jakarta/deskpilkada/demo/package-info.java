/**
 * Demo data for a first run and for tests: the 2017 DKI Jakarta governor election calendar, the
 * 54 daily officers plus reserves, and one demo account per role (listed in the README). Loaded
 * only with {@code desk.demo.enabled=true}, and only what is not there yet.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "account",
            "base :: i18n",
            "base :: security",
            "base :: time",
            "duty",
            "election",
            "issues",
            "journal",
            "media",
            "posko",
            "reports",
            "staff"
        })
@NullMarked
package id.go.jakarta.deskpilkada.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
