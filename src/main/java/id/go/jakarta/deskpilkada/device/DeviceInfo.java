package id.go.jakarta.deskpilkada.device;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A device as screens show it.
 *
 * @param statusChangedBy who set the status (a person's name or an integration's): not for walls
 */
public record DeviceInfo(
        long id,
        long poskoId,
        DeviceKind kind,
        String name,
        @Nullable String snapshotUrl,
        @Nullable String streamUrl,
        DeviceStatus status,
        Instant statusSince,
        @Nullable String statusNote,
        @Nullable String statusChangedBy,
        long version)
        implements Serializable {}
