/** Time in WIB (Asia/Jakarta) and the application clock. */
@NullMarked
package id.go.jakarta.deskpilkada.base.time;

import org.jspecify.annotations.NullMarked;
