package id.go.jakarta.deskpilkada.device;

/** What a device is; a post has at most one teleconference endpoint. */
public enum DeviceKind {
    CCTV,
    TELEKONFERENSI;

    public String labelKey() {
        return "device.kind." + name();
    }
}
