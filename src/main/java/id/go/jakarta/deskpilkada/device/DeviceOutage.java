package id.go.jakarta.deskpilkada.device;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A time a device was down.
 *
 * @param upAt when it was reported up (or unknown) again; null while it is still down
 */
public record DeviceOutage(
        long deviceId,
        String name,
        Instant downSince,
        @Nullable Instant upAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean stillDown() {
        return upAt == null;
    }
}
