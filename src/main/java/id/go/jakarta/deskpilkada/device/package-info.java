/**
 * Kominfomas devices of each post: CCTV cameras (with optional snapshot and stream addresses,
 * http/https only, never fetched or proxied by the server) and the teleconference endpoint, with
 * their status (up, down, unknown, since when) set from the UI or by a monitoring script via the API.
 */
@ApplicationModule(
        displayName = "Devices (Kominfomas)",
        allowedDependencies = {
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
