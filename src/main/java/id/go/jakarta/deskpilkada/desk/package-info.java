/**
 * Desks: the regions' command posts that one deployment serves at once (Pilkada serentak), as a
 * tree (the national desk, province desks, kabupaten/kota desks) over the national place tree.
 * The plan that the other modules follow to keep each desk's rows apart is docs/desks.md.
 */
@ApplicationModule(
        displayName = "Desks",
        allowedDependencies = {
            "audit",
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: ui",
            "wilayah"
        })
@NullMarked
package id.go.jakarta.deskpilkada.desk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
