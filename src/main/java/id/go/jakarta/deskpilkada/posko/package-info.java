/**
 * The seven command posts (Balai Kota and one per wilayah), their alert level and its history.
 * The live per-post picture ({@link PoskoTile}) is kept in the cluster snapshot; the Ringkasan
 * screen shows it and is updated by push on every node.
 */
@ApplicationModule(
        displayName = "Command posts",
        allowedDependencies = {
            "audit",
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: table",
            "base :: time",
            "base :: ui",
            "election",
            "wilayah"
        })
@NullMarked
package id.go.jakarta.deskpilkada.posko;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
