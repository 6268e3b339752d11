/**
 * DKI Jakarta's administrative tree: provinsi, the six wilayah (five kota administrasi and
 * Kabupaten Kepulauan Seribu), 44 kecamatan and 267 kelurahan. Read-only reference data loaded
 * by a migration from idn-area-data (ODbL 1.0).
 */
@ApplicationModule(
        displayName = "Administrative areas",
        allowedDependencies = {})
@NullMarked
package id.go.jakarta.deskpilkada.wilayah;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
