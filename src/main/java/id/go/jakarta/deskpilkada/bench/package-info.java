/**
 * Load benchmark support, active only in the {@code bench} Spring profile (never in production):
 * credentials for the protocol-level load client ({@code bench/load.sh}). Nothing depends on it.
 */
@ApplicationModule(
        displayName = "Benchmark support",
        allowedDependencies = {"base :: security", "device", "integration", "posko", "situation"})
@NullMarked
package id.go.jakarta.deskpilkada.bench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
