/**
 * Kominfomas devices of each post: CCTV cameras (with optional snapshot and stream addresses,
 * http/https only) and the teleconference endpoint, with their status (up, down, unknown, since
 * when) set from the UI or by a monitoring script via the API; the camera sources the ADMIN allows,
 * and the snapshots the server fetches from them for the walls ({@code /kamera/<id>}, same origin).
 * Stream and teleconference addresses are never fetched.
 */
@ApplicationModule(
        displayName = "Devices (Kominfomas)",
        allowedDependencies = {
            "audit",
            "base :: api",
            "base :: cluster",
            "base :: data",
            "base :: i18n",
            "base :: security",
            "base :: time",
            "base :: ui",
            "posko",
            "posko :: post-select"
        })
@NullMarked
package id.go.jakarta.deskpilkada.device;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
