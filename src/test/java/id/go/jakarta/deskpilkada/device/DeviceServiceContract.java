package id.go.jakarta.deskpilkada.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.audit.AuditEntryInfo;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.device.camera.CameraPolicy;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
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

    @Autowired
    protected CameraSourceService cameraSources;

    @Autowired
    protected AuditService audit;

    @Autowired
    protected LiveEventBus bus;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_post_chief_registers_a_camera_that_appears_in_the_snapshot_with_unknown_status() {
        allow(CameraSourceKind.ADDRESS, "https://cctv.example.go.id");
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

    @Test
    void a_snapshot_address_outside_the_allowed_sources_is_refused_in_indonesian_and_nothing_is_saved() {
        // An IP address outside every range the tests allow: a name might need resolving first.
        String host = "198.51.100." + System.nanoTime() % 250 + ":" + (8000 + System.nanoTime() % 1000);
        SignIn.as(context, "ketua.jaksel");
        long post = postId("JAKSEL");
        int before = devices.ofPost(post).size();
        DeviceForm form =
                new DeviceForm(post, DeviceKind.CCTV, "Kamera Blok M", "http://" + host + "/snap/1.jpg", null);
        assertThatThrownBy(() -> devices.register(form)).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
            assertThat(messages.getTranslation(e.messageKey(), Locale.forLanguageTag("id"), e.args()))
                    .isEqualTo(
                            "Alamat cuplikan http://" + host + " belum diizinkan ADMIN. Minta ADMIN "
                                    + "mengizinkannya di menu Kamera diizinkan lalu simpan lagi, atau kosongkan alamat cuplikan.");
        });
        assertThat(devices.ofPost(post)).hasSize(before);

        allow(CameraSourceKind.ADDRESS, "http://" + host + "/snap");
        SignIn.as(context, "ketua.jaksel");
        DeviceInfo camera = devices.register(form);
        assertThat(camera.snapshotUrl()).isEqualTo("http://" + host + "/snap/1.jpg");
        assertThatThrownBy(() -> devices.edit(
                        camera.id(),
                        new DeviceForm(
                                post, DeviceKind.CCTV, "Kamera Blok M", "http://" + host + "/snapshot.jpg", null),
                        camera.version()))
                .as("outside the path prefix")
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("device.snapshotUrl.notAllowed"));
    }

    @Test
    void an_admin_allows_a_camera_source_once_in_its_normal_form_and_the_trail_and_every_node_hear_of_it() {
        long n = System.nanoTime() % 1_000_000;
        List<CameraSourcesChanged> heard = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived a && a.envelope().event() instanceof CameraSourcesChanged c) {
                heard.add(c);
            }
        });
        try {
            SignIn.as(context, "admin");
            CameraSourceInfo added = cameraSources.add(new CameraSourceForm(
                    CameraSourceKind.ADDRESS, " HTTP://Kamera-" + n + ".Uji.Example:80/snap/ ", " CCTV  Dishub "));
            assertThat(added.address()).isEqualTo("http://kamera-" + n + ".uji.example/snap");
            assertThat(added.note()).isEqualTo("CCTV Dishub");
            assertThat(added.createdBy()).isEqualTo("Administrator Desk Pilkada");
            assertThat(cameraSources.list()).contains(added);
            assertThatThrownBy(() -> cameraSources.add(new CameraSourceForm(
                            CameraSourceKind.ADDRESS, "http://kamera-" + n + ".uji.example/snap", null)))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));

            List<AuditEntryInfo> trail = audit.of("camera.source", String.valueOf(added.id()));
            assertThat(trail).hasSize(1);
            assertThat(trail.getFirst().action()).isEqualTo("created");
            assertThat(trail.getFirst().after()).contains("alamat: http://kamera-" + n + ".uji.example/snap");
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(heard).contains(new CameraSourcesChanged(added.id())));
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void a_change_or_removal_against_a_version_someone_else_changed_is_refused_and_overwrites_nothing() {
        long n = System.nanoTime() % 250;
        SignIn.as(context, "admin");
        CameraSourceInfo seen =
                cameraSources.add(new CameraSourceForm(CameraSourceKind.RANGE, "10.251." + n + ".0/24", "Dishub lama"));
        CameraSourceInfo changed = cameraSources.update(
                seen.id(), seen.version(), new CameraSourceForm(CameraSourceKind.RANGE, "10.251." + n + ".0/25", null));
        assertThat(changed.address()).isEqualTo("10.251." + n + ".0/25");
        assertThatThrownBy(() -> cameraSources.update(
                        seen.id(),
                        seen.version(),
                        new CameraSourceForm(CameraSourceKind.RANGE, "10.251." + n + ".0/26", null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThatThrownBy(() -> cameraSources.remove(seen.id(), seen.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(cameraSources.list()).contains(changed);

        cameraSources.remove(changed.id(), changed.version());
        assertThat(cameraSources.list()).extracting(CameraSourceInfo::id).doesNotContain(seen.id());
        assertThat(audit.of("camera.source", String.valueOf(seen.id())))
                .extracting(AuditEntryInfo::action)
                .containsExactly("deleted", "updated", "created");
    }

    @Test
    void a_camera_whose_source_is_removed_keeps_its_address_and_shows_no_image_on_the_wall() {
        long n = System.nanoTime() % 250;
        String url = "http://10.252." + n + ".9:8080/cgi-bin/snap.cgi";
        CameraSourceInfo source = allow(CameraSourceKind.RANGE, "10.252." + n + ".0/24");
        SignIn.as(context, "ketua.jakpus");
        DeviceInfo camera =
                devices.register(new DeviceForm(postId("JAKPUS"), DeviceKind.CCTV, "Kamera Tugu", url, null));
        assertThat(cameraSources.rules().wallAddress(camera)).isEqualTo("kamera/" + camera.id());

        CurrentActor.asSystem(() -> {
            cameraSources.remove(source.id(), source.version());
            return null;
        });
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(devices.ofPost(camera.poskoId()))
                        .anyMatch(d -> d.id() == camera.id() && url.equals(d.snapshotUrl())));
        assertThat(cameraSources.rules().permits(url)).isFalse();
        assertThat(cameraSources.rules().wallAddress(camera)).isNull();
    }

    @Test
    void only_an_admin_reads_or_changes_the_allowed_sources() {
        SignIn.as(context, "ketua.jakpus");
        assertThatThrownBy(() -> cameraSources.add(
                        new CameraSourceForm(CameraSourceKind.ADDRESS, "http://kamera.uji.example", null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> cameraSources.list())
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }

    /** Allows a camera source as the ADMIN would; one already on the list is taken as it is. */
    protected CameraSourceInfo allow(CameraSourceKind kind, String address) {
        return CurrentActor.asSystem(() -> {
            String normal = CameraPolicy.normalize(kind, address);
            return cameraSources.list().stream()
                    .filter(s -> s.address().equals(normal))
                    .findFirst()
                    .orElseGet(() -> cameraSources.add(new CameraSourceForm(kind, address, "uji")));
        });
    }

    private static void asIntegration() {
        Actor actor = new Actor("api:1", "Pemantau uji", Role.INTEGRASI, null, null, null, false, null);
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
