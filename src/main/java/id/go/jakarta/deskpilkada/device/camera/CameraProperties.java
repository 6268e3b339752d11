package id.go.jakarta.deskpilkada.device.camera;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the server's camera snapshot fetches.
 *
 * @param connectTimeout how long a camera may take to accept the connection
 * @param timeout        how long one fetch may take in all: connecting, redirects, the whole image
 * @param maxBytes       largest image accepted; reading stops beyond it and the image is refused
 * @param fresh          how long a fetched image is served before the camera is asked again
 * @param failureHold    how long a failure is served before the camera is tried again
 * @param maxRedirects   redirects followed, each checked against the allowed sources
 * @param cacheBytes     memory held for images of all cameras (the least recently used go first)
 */
@ConfigurationProperties("desk.cameras")
public record CameraProperties(
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("2097152") int maxBytes,
        @DefaultValue("10s") Duration fresh,
        @DefaultValue("10s") Duration failureHold,
        @DefaultValue("3") int maxRedirects,
        @DefaultValue("67108864") long cacheBytes) {}
