package id.go.jakarta.deskpilkada.device;

import org.jspecify.annotations.Nullable;

/** What an ADMIN enters to allow camera snapshots from a source. */
public record CameraSourceForm(
        CameraSourceKind kind, String address, @Nullable String note) {}
