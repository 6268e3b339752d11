/**
 * Situation reports (laporan situasi): each post's report per due time of its schedule, prefilled
 * with the period's computed facts (duty coverage, issues, stage, device outages) frozen at
 * submission; review by the provincial post or leadership; corrections as new versions; the watch
 * that raises missing and late reports; the consolidated provincial report and its PDF.
 */
@ApplicationModule(
        displayName = "Situation reports",
        allowedDependencies = {
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: time",
            "base :: ui",
            "device",
            "duty",
            "election",
            "issues",
            "posko"
        })
@NullMarked
package id.go.jakarta.deskpilkada.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
