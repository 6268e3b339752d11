/**
 * Exercise mode (latihan): scripted scenarios of timed injects (new issues, absences, device
 * failures, late reports, alert levels) played into an active exercise election, and wiping the
 * exercise's data. Isolation itself lives with the data: see
 * {@link id.go.jakarta.deskpilkada.base.data.ExerciseMode}.
 */
@ApplicationModule(
        displayName = "Exercise mode (latihan)",
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
            "posko",
            "reports",
            "staff"
        })
@NullMarked
package id.go.jakarta.deskpilkada.exercise;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
