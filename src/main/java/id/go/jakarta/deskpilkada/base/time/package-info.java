/** Time in WIB (Asia/Jakarta) and the application clock. */
@NamedInterface("time")
@NullMarked
package id.go.jakarta.deskpilkada.base.time;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
