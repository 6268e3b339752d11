/**
 * Elections (pemilihan) and their ordered stages (tahapan) with dates. Nothing about a particular
 * election is hard-coded: the 2017 DKI Jakarta governor election is demo data.
 */
@ApplicationModule(
        displayName = "Election and stages",
        allowedDependencies = {
            "audit",
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: table",
            "base :: time",
            "base :: ui",
            "desk",
            "wilayah"
        })
@NullMarked
package id.go.jakarta.deskpilkada.election;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
