/**
 * Load benchmark support, active only in the {@code bench} Spring profile (never in production):
 * credentials for the protocol-level load client ({@code bench/load.sh}) and the Pilkada serentak
 * scale seed ({@code bench/serentak.sh}). Nothing depends on it.
 */
@ApplicationModule(
        displayName = "Benchmark support",
        allowedDependencies = {
            "base :: security",
            "desk",
            "device",
            "election",
            "integration",
            "posko",
            "situation",
            "wilayah"
        })
@NullMarked
package id.go.jakarta.deskpilkada.bench;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
