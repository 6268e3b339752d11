package id.go.jakarta.deskpilkada.device;

import java.time.Instant;

/** A camera's latest snapshot as the server fetched it, or why there is none. */
public sealed interface CameraSnapshot {

    /**
     * An image checked by its first bytes.
     *
     * @param contentType {@code image/jpeg}, {@code image/png}, {@code image/webp} or {@code image/gif}
     */
    record Image(byte[] bytes, String contentType, Instant fetchedAt) implements CameraSnapshot {}

    /** No image, and why. */
    record Missing(CameraProblem problem) implements CameraSnapshot {}
}
