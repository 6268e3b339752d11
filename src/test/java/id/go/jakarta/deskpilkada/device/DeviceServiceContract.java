package id.go.jakarta.deskpilkada.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Kominfomas devices of each post. */
public abstract class DeviceServiceContract {

    @Autowired
    protected DeviceService devices;

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected Messages messages;

    @Autowired
    protected ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_post_chief_registers_a_camera_that_appears_in_the_snapshot_with_unknown_status() {
        SignIn.as(context, "ketua.jakpus");
        long post = postId("JAKPUS");
        DeviceInfo camera = devices.register(new DeviceForm(
                post, DeviceKind.CCTV, "  Kamera Monas Selatan ", "https://cctv.example.go.id/monas/snap.jpg", null));
        assertThat(camera.name()).isEqualTo("Kamera Monas Selatan");
        assertThat(camera.status()).isEqualTo(DeviceStatus.UNKNOWN);
        await().atMost(Duration.ofSeconds(5)).until(() -> devices.ofPost(post).contains(camera));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "file:///etc/passwd",
                "ftp://cctv.example/x",
                "data:image/png;base64,AAAA",
                "//cctv.example/x",
                "https://",
                "https://user:rahasia@cctv.example/x",
                "https://cctv.example/a b"
            })
    void a_camera_address_that_is_not_plain_http_or_https_is_refused_and_nothing_is_saved(String url) {
        SignIn.as(context, "ketua.jaksel");
        long post = postId("JAKSEL");
        int before = devices.ofPost(post).size();
        assertThatThrownBy(() -> devices.register(new DeviceForm(post, DeviceKind.CCTV, "Kamera", url, null)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
                    assertThat(messages.getTranslation(e.messageKey(), Locale.forLanguageTag("id"), e.args()))
                            .contains("alamat cuplikan");
                });
        assertThat(devices.ofPost(post)).hasSize(before);
    }

    @Test
    void an_over_long_address_is_refused_with_the_limit() {
        SignIn.as(context, "ketua.jaksel");
        String url = "https://cctv.example/" + "a".repeat(500);
        assertThatThrownBy(
                        () -> devices.register(new DeviceForm(postId("JAKSEL"), DeviceKind.CCTV, "Kamera", null, url)))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.getTranslation(e.messageKey(), Locale.forLanguageTag("id"), e.args()))
                                .isEqualTo("Isian alamat siaran terlalu panjang: paling banyak 500 karakter."));
    }

    @Test
    void a_post_has_at_most_one_teleconference_endpoint() {
        SignIn.as(context, "ketua.jaktim");
        long post = postId("JAKTIM");
        devices.register(new DeviceForm(
                post, DeviceKind.TELEKONFERENSI, "Ruang rapat Wali Kota", null, "https://vicon.example.go.id/jaktim"));
        assertThatThrownBy(
                        () -> devices.register(new DeviceForm(post, DeviceKind.TELEKONFERENSI, "Cadangan", null, null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
    }

    @Test
    void a_chief_cannot_touch_another_posts_devices_and_leadership_only_reads() {
        SignIn.as(context, "ketua.jakbar");
        assertThatThrownBy(
                        () -> devices.register(new DeviceForm(postId("JAKUT"), DeviceKind.CCTV, "Kamera", null, null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        SignIn.as(context, "sekda");
        assertThatThrownBy(
                        () -> devices.register(new DeviceForm(postId("JAKUT"), DeviceKind.CCTV, "Kamera", null, null)))
                .isInstanceOf(DeskException.class);
    }

    @Test
    void a_monitoring_script_reports_status_and_since_moves_only_when_the_status_changes() {
        SignIn.as(context, "petugas.kepseribu");
        assertThatThrownBy(() ->
                        devices.register(new DeviceForm(postId("KEPSERIBU"), DeviceKind.CCTV, "Kamera", null, null)))
                .as("an officer reports status but registers nothing")
                .isInstanceOf(DeskException.class);
        SignIn.as(context, "ketua.kepseribu");
        DeviceInfo camera =
                devices.register(new DeviceForm(postId("KEPSERIBU"), DeviceKind.CCTV, "Dermaga Pramuka", null, null));
        SignIn.as(context, "petugas.kepseribu");
        assertThat(devices.reportStatus(camera.id(), DeviceStatus.UP, null).status())
                .isEqualTo(DeviceStatus.UP);
        asIntegration();
        DeviceInfo down = devices.reportStatus(camera.id(), DeviceStatus.DOWN, "ping gagal");
        DeviceInfo same = devices.reportStatus(camera.id(), DeviceStatus.DOWN, "ping gagal");
        DeviceInfo stillDown = devices.reportStatus(camera.id(), DeviceStatus.DOWN, "ping gagal lagi");
        DeviceInfo up = devices.reportStatus(camera.id(), DeviceStatus.UP, null);
        assertThat(same.version()).as("a repeated report changes nothing").isEqualTo(down.version());
        assertThat(down.statusSince()).isEqualTo(stillDown.statusSince());
        assertThat(stillDown.statusNote()).isEqualTo("ping gagal lagi");
        assertThat(up.statusSince()).isAfterOrEqualTo(down.statusSince());
        assertThat(up.statusChangedBy()).isEqualTo("Pemantau uji");
        assertThatThrownBy(() -> devices.reportStatus(camera.id(), DeviceStatus.UP, "x".repeat(301)))
                .isInstanceOf(DeskException.class);
        assertThatThrownBy(() -> devices.reportStatus(987_654, DeviceStatus.UP, null))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
    }

    @Test
    void an_edit_against_a_stale_version_is_refused() {
        SignIn.as(context, "ketua.jakpus");
        DeviceInfo camera = devices.register(new DeviceForm(postId("JAKPUS"), DeviceKind.CCTV, "Kamera A", null, null));
        devices.edit(
                camera.id(),
                new DeviceForm(camera.poskoId(), camera.kind(), "Kamera A1", null, null),
                camera.version());
        assertThatThrownBy(() -> devices.edit(
                        camera.id(),
                        new DeviceForm(camera.poskoId(), camera.kind(), "Kamera A2", null, null),
                        camera.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        devices.remove(camera.id(), camera.version() + 1);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> devices.ofPost(camera.poskoId()).stream().noneMatch(d -> d.id() == camera.id()));
    }

    private static void asIntegration() {
        Actor actor = new Actor("api:1", "Pemantau uji", Role.INTEGRASI, null, null, null, false);
        DeskUser user = new DeskUser(actor, "", true, false);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long postId(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .map(PoskoTile::id)
                .findFirst()
                .orElseThrow();
    }
}
