/**
 * The setup console's home: the checklist that leads the first ADMIN from an empty database to a
 * usable desk (election, stages, posts, accounts, shifts, wall screens, production settings). It only
 * reads the other modules; each item is changed on its own module's screen.
 */
@ApplicationModule(
        displayName = "Setup checklist",
        allowedDependencies = {
            "account",
            "base :: cluster",
            "base :: i18n",
            "base :: security",
            "base :: time",
            "base :: ui",
            "duty",
            "election",
            "posko",
            "situation",
            "staff"
        })
@NullMarked
package id.go.jakarta.deskpilkada.setup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
