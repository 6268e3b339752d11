package id.go.jakarta.deskpilkada.device.internal;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.MessageKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Checks a camera or teleconference address. Only absolute http/https addresses with a host are
 * accepted (no javascript:, data:, file:, ftp:), without embedded credentials (they would reach
 * every wall screen's page) and at most {@value #MAX_LENGTH} characters. Whether the server may fetch
 * a snapshot address is decided by the allowed camera sources ({@code CameraSourceService}); a
 * stream or teleconference address is never fetched, only shown to the post's people.
 */
public final class DeviceUrls {

    static final int MAX_LENGTH = 500;

    private DeviceUrls() {}

    /** The cleaned address, null for an empty one, or an INVALID problem naming the field. */
    public static @Nullable String check(@Nullable String raw, String fieldKey) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        if (url.length() > MAX_LENGTH) {
            throw DeskException.invalid("device.url.tooLong", new MessageKey(fieldKey), MAX_LENGTH);
        }
        if (url.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            throw DeskException.invalid("device.url.invalid", new MessageKey(fieldKey));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw DeskException.invalid("device.url.invalid", new MessageKey(fieldKey));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw DeskException.invalid("device.url.scheme", new MessageKey(fieldKey));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw DeskException.invalid("device.url.invalid", new MessageKey(fieldKey));
        }
        if (uri.getRawUserInfo() != null) {
            throw DeskException.invalid("device.url.credentials", new MessageKey(fieldKey));
        }
        return url;
    }
}
