package id.go.jakarta.deskpilkada.device.camera;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.device.CameraRules;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allowed camera sources, parsed once. A snapshot address is allowed when
 *
 * <ul>
 *   <li>an <b>address</b> entry covers it: same scheme, same host (written the same way), same port
 *       and a path inside the entry's path prefix (at a {@code /}); a host name must then not resolve
 *       to this machine, a link-local (cloud metadata) or an unspecified address, unless a range
 *       entry allows that address; or
 *   <li>a <b>range</b> entry holds its host: an IP address written in the range, or a name whose
 *       every address lies inside the allowed ranges, checked anew on every fetch, so a name that
 *       comes to point elsewhere is refused.
 * </ul>
 *
 * Nothing else is fetched; an empty list allows nothing.
 */
public final class CameraPolicy implements CameraRules {

    /** Longest entry accepted (the column holds 300). */
    public static final int MAX_ADDRESS = 300;

    private static final Logger log = LoggerFactory.getLogger(CameraPolicy.class);

    /** What the address alone says. */
    public enum Verdict {
        ALLOWED,
        /** A host name that only a range could allow: resolve it and ask {@link #permitsResolved}. */
        NEEDS_RESOLVING,
        NOT_ALLOWED
    }

    private record Prefix(String scheme, String host, int port, String path) {

        boolean covers(CameraTarget t) {
            return scheme.equals(t.scheme())
                    && host.equals(t.host())
                    && port == t.port()
                    && (path.isEmpty() || t.path().equals(path) || t.path().startsWith(path + "/"));
        }
    }

    private record Range(byte[] network, int bits) {

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Prefix> prefixes;
    private final List<Range> ranges;

    private CameraPolicy(List<Prefix> prefixes, List<Range> ranges) {
        this.prefixes = List.copyOf(prefixes);
        this.ranges = List.copyOf(ranges);
    }

    /** The rules of these sources; an entry that no longer reads (edited in the database) allows nothing. */
    public static CameraPolicy of(List<CameraSourceInfo> sources) {
        List<Prefix> prefixes = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (CameraSourceInfo source : sources) {
            try {
                switch (source.kind()) {
                    case ADDRESS -> prefixes.add(prefix(source.address()));
                    case RANGE -> ranges.add(range(source.address()));
                }
            } catch (DeskException e) {
                log.warn(
                        "Allowed camera source {} ({}) cannot be read and allows nothing", source.id(), e.messageKey());
            }
        }
        return new CameraPolicy(prefixes, ranges);
    }

    /** The policy behind {@link CameraRules} (this is its only kind); anything else allows nothing. */
    public static CameraPolicy from(CameraRules rules) {
        return rules instanceof CameraPolicy policy ? policy : new CameraPolicy(List.of(), List.of());
    }

    /**
     * The entry in its normal form ({@code https://cctv.example.go.id}, {@code http://10.20.0.5:8080/snap},
     * {@code 10.20.0.0/16}), or INVALID saying what is wrong with it.
     */
    public static String normalize(CameraSourceKind kind, String text) {
        String entry = text.strip();
        if (entry.isEmpty()) {
            throw DeskException.invalid("cameraSources.address.required");
        }
        if (entry.length() > MAX_ADDRESS) {
            throw DeskException.invalid("cameraSources.address.tooLong", MAX_ADDRESS);
        }
        return switch (kind) {
            case ADDRESS -> written(prefix(entry));
            case RANGE -> written(range(entry));
        };
    }

    @Override
    public boolean permits(String url) {
        return CameraTarget.of(url).map(t -> verdict(t) != Verdict.NOT_ALLOWED).orElse(false);
    }

    @Override
    public void check(String url) {
        CameraTarget target = CameraTarget.of(url)
                .orElseThrow(() -> DeskException.invalid("device.snapshotUrl.notAllowed", url.strip()));
        switch (verdict(target)) {
            case NOT_ALLOWED -> throw DeskException.invalid("device.snapshotUrl.notAllowed", target.origin());
            case NEEDS_RESOLVING -> {
                List<InetAddress> addresses;
                try {
                    addresses = target.resolve();
                } catch (UnknownHostException e) {
                    throw DeskException.invalid("device.snapshotUrl.unresolved", target.host());
                }
                if (!permitsResolved(target, addresses)) {
                    throw DeskException.invalid(
                            "device.snapshotUrl.elsewhere",
                            target.origin(),
                            addresses.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", ")));
                }
            }
            case ALLOWED -> {}
        }
    }

    /** What the address alone says, before any name is resolved. */
    public Verdict verdict(CameraTarget target) {
        if (prefixes.stream().anyMatch(p -> p.covers(target))) {
            return Verdict.ALLOWED;
        }
        if (target.literal() != null) {
            InetAddress literal = target.literal();
            return ranges.stream().anyMatch(r -> r.contains(literal)) ? Verdict.ALLOWED : Verdict.NOT_ALLOWED;
        }
        return ranges.isEmpty() ? Verdict.NOT_ALLOWED : Verdict.NEEDS_RESOLVING;
    }

    /**
     * Whether the server may connect to these addresses, the host's addresses now, for this target.
     * An IP address written in an address entry is taken as written; a name covered by an address
     * entry may lead anywhere but to this machine, a link-local or an unspecified address (unless a
     * range allows it); a name only a range could allow must lead only inside the ranges.
     */
    public boolean permitsResolved(CameraTarget target, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return false;
        }
        boolean byAddress = prefixes.stream().anyMatch(p -> p.covers(target));
        if (byAddress && target.literal() != null) {
            return true;
        }
        if (byAddress) {
            return addresses.stream().allMatch(a -> !special(a) || inRange(a));
        }
        return addresses.stream().allMatch(this::inRange);
    }

    private boolean inRange(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** This machine, link-local (cloud metadata at 169.254.169.254), unspecified, multicast or broadcast. */
    static boolean special(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = a.getAddress();
        return a instanceof Inet4Address && (bytes[0] == 0 || (bytes[0] & 0xff) == 255 && (bytes[3] & 0xff) == 255);
    }

    private static Prefix prefix(String entry) {
        if (entry.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            throw DeskException.invalid("cameraSources.address.invalid", entry);
        }
        URI uri;
        try {
            uri = new URI(entry);
        } catch (URISyntaxException e) {
            throw DeskException.invalid("cameraSources.address.invalid", entry);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw DeskException.invalid("cameraSources.address.scheme", entry);
        }
        if (uri.getRawUserInfo() != null) {
            throw DeskException.invalid("cameraSources.address.credentials");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw DeskException.invalid("cameraSources.address.query", entry);
        }
        CameraTarget target =
                CameraTarget.of(entry).orElseThrow(() -> DeskException.invalid("cameraSources.address.invalid", entry));
        String path = target.path();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new Prefix(target.scheme(), target.host(), target.port(), path);
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        String written = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress address = CameraTarget.literal(written);
        if (address == null) {
            throw DeskException.invalid("cameraSources.range.invalid", entry);
        }
        int width = address.getAddress().length * 8;
        int bits;
        try {
            bits = slash < 0 ? width : Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw DeskException.invalid("cameraSources.range.invalid", entry);
        }
        int widest = width == 32 ? 8 : 16;
        if (bits > width || bits < 0) {
            throw DeskException.invalid("cameraSources.range.invalid", entry);
        }
        if (bits < widest) {
            throw DeskException.invalid("cameraSources.range.tooWide", entry, widest);
        }
        byte[] network = address.getAddress();
        for (int bit = bits; bit < width; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new Range(network, bits);
    }

    private static String written(Prefix p) {
        String host = p.host().contains(":") ? "[" + p.host() + "]" : p.host();
        boolean defaultPort = p.port() == (p.scheme().equals("https") ? 443 : 80);
        return p.scheme() + "://" + host + (defaultPort ? "" : ":" + p.port()) + p.path();
    }

    private static String written(Range r) {
        try {
            return InetAddress.getByAddress(r.network()).getHostAddress() + "/" + r.bits();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    /** The entries in their normal form, for logs. */
    @Override
    public String toString() {
        return Stream.concat(
                        prefixes.stream().map(CameraPolicy::written),
                        ranges.stream().map(CameraPolicy::written))
                .toList()
                .toString();
    }
}
