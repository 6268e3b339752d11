/**
 * Duty coverage: shift templates with a required headcount per role, the roster (who is on which
 * shift at which post), attendance (marked by the chief, by a rotating QR code at the post, or by
 * an attendance device) and live coverage per post, shift and role, with gap alerts pushed to the
 * chiefs and the wall.
 */
@ApplicationModule(
        displayName = "Duty coverage",
        allowedDependencies = {
            "audit",
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: time",
            "base :: ui",
            "posko",
            "posko :: post-select",
            "staff"
        })
@NullMarked
package id.go.jakarta.deskpilkada.duty;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
