/**
 * The post journal (jurnal posko): each post's log of significant events per shift, written by its
 * chief and officers (leadership for any post), read by the post, the provincial post and
 * leadership. Append-only: a correction is a new entry pointing at the one it corrects. The walls
 * read the latest entries, without names, through {@link JournalService#wallTicker(int)}.
 */
@ApplicationModule(
        displayName = "Post journal",
        allowedDependencies = {
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: time",
            "base :: ui",
            "duty",
            "issues",
            "posko"
        })
@NullMarked
package id.go.jakarta.deskpilkada.journal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
