/**
 * Benchmark-only credentials made through the services when a benchmark asks: internal.
 */
@NullMarked
package id.go.jakarta.deskpilkada.bench.internal;

import org.jspecify.annotations.NullMarked;
