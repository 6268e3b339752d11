package id.go.jakarta.deskpilkada.device;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A source the server may fetch camera snapshots from.
 *
 * @param address the address or range in its normal form ({@code http://10.20.0.5:8080/snapshot},
 *     {@code 10.20.0.0/16})
 * @param note what it is, e.g. "CCTV Dishub"
 */
public record CameraSourceInfo(
        long id,
        CameraSourceKind kind,
        String address,
        @Nullable String note,
        Instant createdAt,
        String createdBy,
        long version)
        implements Serializable {}
