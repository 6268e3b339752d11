/**
 * Roll-up of the Pilkada serentak: each desk's public numbers as counts (posts by alert grade, open
 * issues by severity, late referrals, coverage gaps, late reports), held per desk in the live
 * snapshot and summed up the desk tree, so that a province desk watches its kabupaten/kota desks
 * and the national desk every province, down to one desk, without reading their rows
 * (docs/desks.md, "Roll-up").
 */
@ApplicationModule(
        displayName = "Roll-up",
        allowedDependencies = {
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: pacing",
            "base :: security",
            "base :: time",
            "base :: ui",
            "desk",
            "duty",
            "issues",
            "posko",
            "reports"
        })
@NullMarked
package id.go.jakarta.deskpilkada.rollup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
