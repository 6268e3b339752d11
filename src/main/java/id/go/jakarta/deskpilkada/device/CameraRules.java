package id.go.jakarta.deskpilkada.device;

import org.jspecify.annotations.Nullable;

/**
 * The allowed camera sources as one immutable rule set ({@link CameraSourceService#rules()}), the
 * same on the wall, on the device screen, when a device is saved and when a snapshot is fetched.
 */
public interface CameraRules {

    /**
     * Whether the snapshot address lies inside an allowed source by its address alone: an address
     * entry covers it, or its host is an IP address inside an allowed range. A host name that only a
     * range could allow counts as allowed here; where it leads is checked on every fetch.
     */
    boolean permits(String url);

    /**
     * Refuses (INVALID, in the chief's language) a snapshot address no allowed source covers,
     * resolving its host name where only a range could allow it; used when a device is saved.
     */
    void check(String url);

    /**
     * The same-origin address the wall loads a camera's snapshot from ({@code kamera/<id>}, relative
     * like the map's), or null for a device without a snapshot address or whose address is not
     * allowed (the wall then shows the camera without an image).
     */
    default @Nullable String wallAddress(DeviceInfo device) {
        String url = device.snapshotUrl();
        return device.kind() == DeviceKind.CCTV && url != null && permits(url)
                ? CameraSnapshots.PATH + device.id()
                : null;
    }
}
