/**
 * One-door media statements: anyone at a post drafts a statement (with the issues it speaks to),
 * every save of its text is kept as a version, and only Bakesbangpol approves, returns or publishes
 * it. A published statement never changes; a correction is a new statement that supersedes it.
 * {@link id.go.jakarta.deskpilkada.media.MediaService#latestPublished()} is what the wall shows.
 */
@ApplicationModule(
        displayName = "Media statements",
        allowedDependencies = {
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: time",
            "base :: ui",
            "issues"
        })
@NullMarked
package id.go.jakarta.deskpilkada.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
