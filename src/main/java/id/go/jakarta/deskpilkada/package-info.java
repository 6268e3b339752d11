/**
 * Desk Pilkada root. Features live in their own packages ({@code posko}, {@code election},
 * {@code wilayah}, {@code staff}); {@code base} is the shared kernel they all may use.
 */
@NullMarked
package id.go.jakarta.deskpilkada;

import org.jspecify.annotations.NullMarked;
