/**
 * Indonesia's administrative tree: 38 provinsi, 514 kabupaten/kota, 7,285 kecamatan and 83,762
 * kelurahan/desa with their Kemendagri codes. Read-only reference data loaded by migrations from
 * idn-area-data 4.0.1 (ODbL 1.0; the notice is on the About page).
 */
@ApplicationModule(
        displayName = "Administrative areas",
        allowedDependencies = {})
@NullMarked
package id.go.jakarta.deskpilkada.wilayah;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
