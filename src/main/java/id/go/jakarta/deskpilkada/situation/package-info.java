/**
 * The situation wall for the Sekda's leadership: one shared, immutable JSON picture of all the
 * posts built per node from the live snapshot ({@link WallModelService}), drawn by one web
 * component on every wall screen; paired wall screens (device tokens), the playlist, and the
 * leadership's drill-down into a post.
 */
@ApplicationModule(
        displayName = "Situation wall",
        allowedDependencies = {
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: pacing",
            "base :: security",
            "base :: time",
            "base :: ui",
            "desk",
            "device",
            "duty",
            "election",
            "issues",
            "journal",
            "media",
            "posko",
            "reports",
            "staff",
            "wilayah"
        })
@NullMarked
package id.go.jakarta.deskpilkada.situation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
