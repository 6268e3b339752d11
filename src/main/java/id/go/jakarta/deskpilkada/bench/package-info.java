/**
 * Load benchmark support, active only in the {@code bench} Spring profile (never in production):
 * credentials for the protocol-level load client ({@code bench/load.sh}). Nothing depends on it.
 */
@NullMarked
package id.go.jakarta.deskpilkada.bench;

import org.jspecify.annotations.NullMarked;
