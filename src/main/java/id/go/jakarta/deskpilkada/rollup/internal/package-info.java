/** How the roll-up keeps each desk's counts: counting a desk, the snapshot map, the refresh rounds. */
@NullMarked
package id.go.jakarta.deskpilkada.rollup.internal;

import org.jspecify.annotations.NullMarked;
