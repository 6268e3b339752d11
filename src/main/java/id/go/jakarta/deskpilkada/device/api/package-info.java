/** The devices' HTTP API for monitoring scripts: list devices, report a device's status. */
@NullMarked
package id.go.jakarta.deskpilkada.device.api;

import org.jspecify.annotations.NullMarked;
