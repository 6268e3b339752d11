/**
 * Integration clients of the API (monitoring scripts, field apps, a hotline desk): each has its
 * own token, shown once, stored hashed, revocable at once. A client acts with the INTEGRASI role.
 */
@ApplicationModule(
        displayName = "Integration clients",
        allowedDependencies = {"base :: i18n", "base :: security", "base :: time", "base :: ui"})
@NullMarked
package id.go.jakarta.deskpilkada.integration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
