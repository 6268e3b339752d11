package id.go.jakarta.deskpilkada.device;

import org.jspecify.annotations.Nullable;

/** What is entered to register or edit a device. Empty addresses mean none. */
public record DeviceForm(
        long poskoId,
        DeviceKind kind,
        String name,
        @Nullable String snapshotUrl,
        @Nullable String streamUrl) {}
