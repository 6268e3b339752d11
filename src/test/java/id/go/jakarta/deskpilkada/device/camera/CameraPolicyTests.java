package id.go.jakarta.deskpilkada.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which snapshot addresses the allowed sources cover, and how an entry is written. */
class CameraPolicyTests {

    private static final CameraPolicy POLICY = CameraPolicy.of(List.of(
            source(CameraSourceKind.ADDRESS, "http://10.20.0.5:8080/snapshot"),
            source(CameraSourceKind.ADDRESS, "https://cctv.dishub.example.go.id"),
            source(CameraSourceKind.RANGE, "192.168.40.0/24")));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "http://10.20.0.5:8080/snapshot, true",
        "http://10.20.0.5:8080/snapshot/1.jpg?user=view, true",
        "http://10.20.0.5:8080/snapshotx.jpg, false",
        "http://10.20.0.5:8080/other/1.jpg, false",
        "http://10.20.0.5:8080/snapshot/../admin, false",
        "http://10.20.0.5:8080/snapshot/%2e%2e/admin, false",
        "http://10.20.0.5/snapshot/1.jpg, false",
        "https://10.20.0.5:8080/snapshot/1.jpg, false",
        "https://cctv.dishub.example.go.id/any/where.jpg, true",
        "https://CCTV.Dishub.Example.go.id:443/a.jpg, true",
        "http://cctv.dishub.example.go.id/a.jpg, false",
        "https://cctv.dishub.example.go.id.evil.example/a.jpg, false",
        "http://192.168.40.17/cgi-bin/snap.cgi, true",
        "https://192.168.40.200:8443/x.jpg, true",
        "http://192.168.41.17/x.jpg, false",
        "http://2130706433/x.jpg, false",
        "ftp://192.168.40.17/x.jpg, false"
    })
    void an_address_is_allowed_only_inside_an_entry(String url, boolean allowed) {
        boolean byAddress = CameraTarget.of(url)
                .map(t -> POLICY.verdict(t) == CameraPolicy.Verdict.ALLOWED)
                .orElse(false);
        assertThat(byAddress).isEqualTo(allowed);
    }

    @Test
    void a_name_no_address_entry_covers_counts_as_allowed_only_while_a_range_could_allow_it() {
        String elsewhere = "https://cctv.dishub.example.go.id.evil.example/a.jpg";
        assertThat(POLICY.permits(elsewhere))
                .as("decided by where it resolves, on every fetch")
                .isTrue();
        CameraPolicy addressesOnly =
                CameraPolicy.of(List.of(source(CameraSourceKind.ADDRESS, "https://cctv.dishub.example.go.id")));
        assertThat(addressesOnly.permits(elsewhere)).isFalse();
        assertThat(addressesOnly.permits("https://cctv.dishub.example.go.id/a.jpg"))
                .isTrue();
    }

    @Test
    void a_name_only_a_range_could_allow_is_allowed_only_where_every_address_it_resolves_to_lies_in_range()
            throws Exception {
        CameraTarget name =
                CameraTarget.of("http://kamera-simpang.local/snap.jpg").orElseThrow();
        assertThat(POLICY.verdict(name)).isEqualTo(CameraPolicy.Verdict.NEEDS_RESOLVING);
        assertThat(POLICY.permitsResolved(name, List.of(InetAddress.getByName("192.168.40.9"))))
                .isTrue();
        assertThat(POLICY.permitsResolved(
                        name, List.of(InetAddress.getByName("192.168.40.9"), InetAddress.getByName("10.0.0.9"))))
                .as("one address elsewhere is enough to refuse")
                .isFalse();
        assertThat(POLICY.permitsResolved(name, List.of())).isFalse();
        // The number 2130706433 is 127.0.0.1 to the resolver: a name, resolved, outside the range.
        CameraTarget numeric = CameraTarget.of("http://2130706433/x.jpg").orElseThrow();
        assertThat(POLICY.permitsResolved(numeric, numeric.resolve())).isFalse();
    }

    @Test
    void a_name_an_address_entry_covers_may_not_lead_to_this_machine_or_to_link_local_addresses() throws Exception {
        CameraTarget target =
                CameraTarget.of("https://cctv.dishub.example.go.id/a.jpg").orElseThrow();
        assertThat(POLICY.permitsResolved(target, List.of(InetAddress.getByName("10.9.8.7"))))
                .isTrue();
        for (String special : List.of("127.0.0.1", "::1", "169.254.169.254", "0.0.0.0", "fe80::1", "224.0.0.1")) {
            assertThat(POLICY.permitsResolved(target, List.of(InetAddress.getByName(special))))
                    .as(special)
                    .isFalse();
        }
        // Written as an IP address in the entry, it is taken as written (the ADMIN named it).
        CameraPolicy loopback = CameraPolicy.of(List.of(source(CameraSourceKind.ADDRESS, "http://127.0.0.1:9000")));
        CameraTarget literal = CameraTarget.of("http://127.0.0.1:9000/x.jpg").orElseThrow();
        assertThat(loopback.permitsResolved(literal, literal.resolve())).isTrue();
        // A range that holds the address allows it for the name too.
        CameraPolicy ranged = CameraPolicy.of(List.of(
                source(CameraSourceKind.ADDRESS, "http://localhost:9000"),
                source(CameraSourceKind.RANGE, "127.0.0.0/8")));
        CameraTarget local = CameraTarget.of("http://localhost:9000/x.jpg").orElseThrow();
        assertThat(ranged.permitsResolved(local, List.of(InetAddress.getByName("127.0.0.1"))))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ADDRESS, ' HTTP://CCTV.Example.go.id:80/snap/ ', http://cctv.example.go.id/snap",
        "ADDRESS, https://cctv.example.go.id/, https://cctv.example.go.id",
        "ADDRESS, http://10.20.0.5:8080, http://10.20.0.5:8080",
        "ADDRESS, 'http://[FD00::5]:8080/a', 'http://[fd00:0:0:0:0:0:0:5]:8080/a'",
        "RANGE, 10.20.5.7/16, 10.20.0.0/16",
        "RANGE, 192.168.1.10, 192.168.1.10/32",
        "RANGE, fd00::/16, fd00:0:0:0:0:0:0:0/16"
    })
    void an_entry_is_kept_in_its_normal_form(CameraSourceKind kind, String written, String normal) {
        assertThat(CameraPolicy.normalize(kind, written)).isEqualTo(normal);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ADDRESS, '', cameraSources.address.required",
        "ADDRESS, ftp://cctv.example.go.id, cameraSources.address.scheme",
        "ADDRESS, cctv.example.go.id, cameraSources.address.scheme",
        "ADDRESS, https://admin:rahasia@cctv.example.go.id, cameraSources.address.credentials",
        "ADDRESS, https://cctv.example.go.id/snap?token=1, cameraSources.address.query",
        "ADDRESS, https://cctv.example.go.id/a/../b, cameraSources.address.invalid",
        "ADDRESS, https://cctv example, cameraSources.address.invalid",
        "RANGE, 10.0.0.0/4, cameraSources.range.tooWide",
        "RANGE, 0.0.0.0/0, cameraSources.range.tooWide",
        "RANGE, 10.0.0.0/33, cameraSources.range.invalid",
        "RANGE, kamera.local/24, cameraSources.range.invalid",
        "RANGE, 10.0.0.0/x, cameraSources.range.invalid"
    })
    void a_bad_entry_is_refused_with_its_reason(CameraSourceKind kind, String written, String key) {
        assertThatThrownBy(() -> CameraPolicy.normalize(kind, written))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void no_entries_allow_nothing() {
        CameraPolicy none = CameraPolicy.of(List.of());
        assertThat(none.permits("http://10.20.0.5:8080/snapshot/1.jpg")).isFalse();
        assertThatThrownBy(() -> none.check("http://10.20.0.5:8080/snapshot/1.jpg"))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("device.snapshotUrl.notAllowed"));
    }

    private static CameraSourceInfo source(CameraSourceKind kind, String address) {
        return new CameraSourceInfo(1, kind, CameraPolicy.normalize(kind, address), null, Instant.EPOCH, "uji", 0);
    }
}
