package id.go.jakarta.deskpilkada.device;

/**
 * How an allowed camera source is written: an address (scheme, host, optional port and path
 * prefix) names the cameras by their address; a range of IP addresses (CIDR) names them by where
 * they are on the network.
 */
public enum CameraSourceKind {
    /** {@code https://cctv.dishub.jakarta.go.id} or {@code http://10.20.0.5:8080/snapshot}. */
    ADDRESS,
    /** {@code 10.20.0.0/16} or {@code 192.168.1.10}: any http or https address whose host is there. */
    RANGE;

    public String labelKey() {
        return "cameraSources.kind." + name();
    }
}
