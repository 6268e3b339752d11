/**
 * The wall picture: built once per change per node as JSON, and the patch from one picture to the
 * next.
 */
@NullMarked
package id.go.jakarta.deskpilkada.situation.picture;

import org.jspecify.annotations.NullMarked;
