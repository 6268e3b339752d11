/**
 * Pacing of repeated work: the one coalescer that turns bursts of requests into fewer, fuller runs
 * (the live relay's batches, every live view's refresh, the wall's pictures).
 */
@NamedInterface("pacing")
@NullMarked
package id.go.jakarta.deskpilkada.base.pacing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
