/**
 * The people behind the posts: the units that send them (SKPD and Forkopimda agencies) and the
 * officers (petugas) with their 18-digit NIP, role at the post and home post. Officers are
 * created, edited, deactivated, imported (all or nothing) and exported as CSV or XLSX here; the
 * ADMIN keeps the units on the setup console (add, rename, order, retire, import, export).
 */
@ApplicationModule(
        displayName = "Officers and units",
        allowedDependencies = {
            "audit",
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: table",
            "base :: ui",
            "posko"
        })
@NullMarked
package id.go.jakarta.deskpilkada.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
