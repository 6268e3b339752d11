package id.go.jakarta.deskpilkada.device;

/** Whether a device works, as last reported. */
public enum DeviceStatus {
    UP,
    DOWN,
    UNKNOWN;

    public String labelKey() {
        return "device.status." + name();
    }
}
