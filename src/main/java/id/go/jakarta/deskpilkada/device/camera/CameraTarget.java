package id.go.jakarta.deskpilkada.device.camera;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A camera address taken apart for matching: scheme, host (lower case; an IP address in one
 * spelling, IPv6 without brackets), port (the scheme's default when none is written), path. Only absolute http and https
 * addresses without credentials qualify, and no path with {@code .} or {@code ..} segments (also
 * percent-encoded), which a camera could resolve to a path outside an allowed prefix.
 *
 * @param literal the host as an IP address when it is written as one; null for a name
 */
public record CameraTarget(
        URI uri,
        String scheme,
        String host,
        int port,
        String path,
        @Nullable InetAddress literal) {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    /** The address taken apart, or empty when it cannot be a camera's. */
    public static Optional<CameraTarget> of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawAuthority() == null) {
            return Optional.empty();
        }
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (hasDotSegment(rawPath) || hasDotSegment(uri.getPath() == null ? "" : uri.getPath())) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        InetAddress literal = null;
        if (host.startsWith("[") && host.endsWith("]")) {
            literal = literal(host.substring(1, host.length() - 1));
            if (literal == null) {
                return Optional.empty();
            }
        } else if (IPV4.matcher(host).matches()) {
            literal = literal(host);
        }
        if (literal != null) {
            // One spelling per address, so that an entry and a camera written differently still match.
            host = literal.getHostAddress();
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return Optional.of(new CameraTarget(uri, scheme, host, port, rawPath, literal));
    }

    /** {@code http://10.20.0.5:8080}: what a log or a message may name (no path, no query). */
    public String origin() {
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + shownHost + (defaultPort ? "" : ":" + port);
    }

    /** Every address the host stands for: the IP address written, or what the name resolves to now. */
    public List<InetAddress> resolve() throws UnknownHostException {
        return literal != null ? List.of(literal) : Arrays.asList(InetAddress.getAllByName(host));
    }

    /** An IPv4 address in dotted form or an IPv6 address, parsed without any name lookup. */
    static @Nullable InetAddress literal(String text) {
        if (!IPV4.matcher(text).matches() && !text.contains(":")) {
            return null;
        }
        if (!text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            String s = segment.toLowerCase(Locale.ROOT);
            if (s.equals(".")
                    || s.equals("..")
                    || s.equals("%2e")
                    || s.equals("%2e%2e")
                    || s.equals(".%2e")
                    || s.equals("%2e.")) {
                return true;
            }
        }
        return path.contains("\\");
    }
}
