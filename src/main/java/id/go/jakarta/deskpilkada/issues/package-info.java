/**
 * Election problems (permasalahan) per wilayah: inventory with location and stage, the workflow
 * from new to resolved or rejected, escalation to the provincial post, referral to a unit or
 * Forkopimda agency with acknowledgement, each issue's timeline and full revision history; the
 * categories the ADMIN keeps on the setup console (add, rename, order, retire, import, export).
 */
@ApplicationModule(
        displayName = "Election issues",
        allowedDependencies = {
            "audit",
            "base :: api",
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: table",
            "base :: time",
            "base :: ui",
            "desk",
            "election",
            "posko",
            "staff",
            "wilayah"
        })
@NullMarked
package id.go.jakarta.deskpilkada.issues;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
