/**
 * Shared kernel: time in WIB, translations, the cluster and its one live event path,
 * security, table files (CSV/XLSX import and export) and the application frame. Features depend on it; it depends on no feature.
 */
@ApplicationModule(
        displayName = "Shared kernel",
        allowedDependencies = {})
@NullMarked
package id.go.jakarta.deskpilkada.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
