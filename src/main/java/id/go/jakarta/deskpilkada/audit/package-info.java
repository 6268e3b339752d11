/**
 * The trail of setup changes: who changed what and when, with the item before and after, written in
 * the same transaction as the change so that a change and its record commit or fail together.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"base :: data", "base :: i18n", "base :: security", "base :: time"})
@NullMarked
package id.go.jakarta.deskpilkada.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
