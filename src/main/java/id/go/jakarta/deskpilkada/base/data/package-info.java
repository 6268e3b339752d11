/** Persistence basics shared by every feature's entities. */
@NullMarked
package id.go.jakarta.deskpilkada.base.data;

import org.jspecify.annotations.NullMarked;
