package id.go.jakarta.deskpilkada.device.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.WallScreenCookie;
import id.go.jakarta.deskpilkada.device.CameraSnapshot;
import id.go.jakarta.deskpilkada.device.CameraSnapshots;
import id.go.jakarta.deskpilkada.device.CameraSourceForm;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DevicesChanged;
import id.go.jakarta.deskpilkada.device.FakeCamera;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /kamera/{id}} against a fake camera on 127.0.0.1: a paired wall gets the camera's image
 * from the application's own origin, and every way a camera can fail is answered without a broken
 * image and without asking the camera again and again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CameraImageDownloadTests {

    /** What a browser's image request accepts. */
    static final String IMAGE = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";

    static final String JSON = "application/problem+json, application/json";

    static FakeCamera camera;

    @Autowired
    MockMvc mvc;

    @Autowired
    DeviceService devices;

    @Autowired
    CameraSourceService sources;

    @Autowired
    CameraSnapshots snapshots;

    @Autowired
    WallScreenService screens;

    @Autowired
    PoskoService posko;

    @Autowired
    LiveEventBus bus;

    @Autowired
    Messages messages;

    @Autowired
    ApplicationContext context;

    private final Set<Long> known = ConcurrentHashMap.newKeySet();
    private Runnable unsubscribe = () -> {};
    private String wallToken = "";

    @BeforeAll
    static void startCamera() {
        camera = new FakeCamera();
    }

    @AfterAll
    static void stopCamera() {
        camera.close();
    }

    @BeforeEach
    void allowTheCameraAndPairAWall() {
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived a && a.envelope().event() instanceof DevicesChanged changed) {
                known.add(changed.deviceId());
            }
        });
        allow(camera.origin());
        wallToken = CurrentActor.asSystem(() -> screens.pair("Layar kamera " + System.nanoTime()))
                .token();
    }

    @AfterEach
    void stopListening() {
        unsubscribe.run();
        SignIn.out();
    }

    @Test
    void a_paired_wall_gets_an_allowed_cameras_jpeg_from_the_applications_origin_whatever_the_query() throws Exception {
        DeviceInfo device = registered(camera.url("/ok/monas.jpg"));

        MockHttpServletResponse first = wall("/kamera/" + device.id() + "?_desk=115", IMAGE);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentType()).isEqualTo("image/jpeg");
        assertThat(first.getContentAsByteArray()).isEqualTo(FakeCamera.JPEG);
        assertThat(first.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(first.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(first.getHeader("Content-Security-Policy")).contains("sandbox");

        MockHttpServletResponse again = wall("/kamera/" + device.id() + "?_desk=116", IMAGE);
        assertThat(again.getContentAsByteArray()).isEqualTo(FakeCamera.JPEG);
        assertThat(camera.hits("/ok/monas.jpg"))
                .as("the second ask within the period")
                .isEqualTo(1);
    }

    @Test
    void a_camera_outside_the_allowed_sources_is_refused_when_saved_and_when_fetched() throws Exception {
        long jakpus = post("JAKPUS");
        SignIn.as(context, "ketua.jakpus");
        assertThatThrownBy(() -> devices.register(new DeviceForm(
                        jakpus,
                        DeviceKind.CCTV,
                        "Kamera liar",
                        "http://127.0.0.2:" + camera.port() + "/ok/x.jpg",
                        null)))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.getTranslation(e.messageKey(), Locale.forLanguageTag("id"), e.args()))
                                .startsWith("Alamat cuplikan http://127.0.0.2:" + camera.port()
                                        + " belum diizinkan ADMIN."));
        SignIn.out();

        try (FakeCamera other = new FakeCamera()) {
            CameraSourceInfo source = allow(other.origin());
            DeviceInfo device = registered(other.url("/ok/sementara.jpg"));
            assertThat(wall("/kamera/" + device.id(), IMAGE).getStatus()).isEqualTo(200);

            CurrentActor.asSystem(() -> {
                sources.remove(source.id(), source.version());
                return null;
            });
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> wall("/kamera/" + device.id(), JSON).getStatus() == 403);
            MockHttpServletResponse refused = wall("/kamera/" + device.id(), JSON);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                    .contains("Alamat cuplikan kamera ini tidak diizinkan ADMIN.")
                    .doesNotContain(other.origin(), "Exception");
            MockHttpServletResponse placeholder = wall("/kamera/" + device.id(), IMAGE);
            assertThat(placeholder.getStatus()).isEqualTo(403);
            assertThat(placeholder.getContentType()).isEqualTo("image/svg+xml");
            assertThat(other.hits("/ok/sementara.jpg"))
                    .as("never asked once it was no longer allowed")
                    .isEqualTo(1);
        }
    }

    @Test
    void a_slow_camera_is_a_504_and_a_wall_gets_a_plain_placeholder_instead_of_a_broken_image() throws Exception {
        DeviceInfo device = registered(camera.url("/lambat.jpg"));

        long start = System.nanoTime();
        MockHttpServletResponse image = wall("/kamera/" + device.id() + "?_desk=1", IMAGE);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("given up after desk.cameras.timeout (2 s in the tests)")
                .isLessThan(Duration.ofSeconds(4));
        assertThat(image.getStatus()).isEqualTo(504);
        assertThat(image.getContentType()).isEqualTo("image/svg+xml");
        assertThat(image.getContentAsString(StandardCharsets.UTF_8))
                .startsWith("<svg")
                .doesNotContain("<script", "href");
        assertThat(image.getHeader("Cache-Control")).isEqualTo("private, no-store");

        MockHttpServletResponse problem = wall("/kamera/" + device.id(), JSON);
        assertThat(problem.getStatus()).isEqualTo(504);
        assertThat(problem.getContentType()).startsWith("application/problem+json");
        assertThat(problem.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"detail\":\"Kamera tidak menjawab tepat waktu.\"")
                .doesNotContain("Exception", "lambat");
        assertThat(camera.hits("/lambat.jpg"))
                .as("the failure is held, not retried at once")
                .isEqualTo(1);
    }

    @Test
    void a_camera_that_answers_wrongly_is_refused_and_says_why() throws Exception {
        DeviceInfo big = registered(camera.url("/besar.jpg"));
        DeviceInfo page = registered(camera.url("/halaman.html"));
        DeviceInfo away = registered(camera.url("/pergi.jpg"));

        MockHttpServletResponse tooLarge = wall("/kamera/" + big.id(), JSON);
        assertThat(tooLarge.getStatus()).isEqualTo(502);
        assertThat(tooLarge.getContentAsString(StandardCharsets.UTF_8))
                .contains("Gambar kamera lebih besar dari 2 MB.");
        MockHttpServletResponse notImage = wall("/kamera/" + page.id(), JSON);
        assertThat(notImage.getStatus()).isEqualTo(502);
        assertThat(notImage.getContentAsString(StandardCharsets.UTF_8))
                .contains("Kamera tidak mengirim gambar JPEG, PNG, WebP, atau GIF.")
                .doesNotContain("<script");
        MockHttpServletResponse redirected = wall("/kamera/" + away.id(), JSON);
        assertThat(redirected.getStatus()).isEqualTo(403);
        assertThat(redirected.getContentAsString(StandardCharsets.UTF_8))
                .contains("Kamera mengalihkan ke alamat yang tidak diizinkan ADMIN.");
        assertThat(camera.hits("/ok/tujuan.jpg")).isZero();
        assertThat(wall("/kamera/987654", JSON).getStatus()).isEqualTo(404);
    }

    @Test
    void many_walls_asking_at_once_cost_the_camera_one_request() throws Exception {
        DeviceInfo device = registered(camera.url("/ok/bundaran.jpg"));
        Actor wall = screens.authenticate(wallToken).orElseThrow().actor();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<CameraSnapshot>> asks = new ArrayList<>();
        try (ExecutorService walls = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 40; i++) {
                asks.add(walls.submit(() -> {
                    go.await();
                    return CurrentActor.as(wall, () -> snapshots.snapshot(device.id()));
                }));
            }
            go.countDown();
            for (Future<CameraSnapshot> ask : asks) {
                assertThat(ask.get())
                        .isInstanceOfSatisfying(
                                CameraSnapshot.Image.class,
                                i -> assertThat(i.bytes()).isEqualTo(FakeCamera.JPEG));
            }
        }
        assertThat(camera.hits("/ok/bundaran.jpg")).isEqualTo(1);
    }

    /** A camera at Jakarta Pusat, registered by the ADMIN and known to this node's snapshot directory. */
    private DeviceInfo registered(String url) {
        DeviceInfo device = CurrentActor.asSystem(() -> devices.register(
                new DeviceForm(post("JAKPUS"), DeviceKind.CCTV, "Kamera uji " + System.nanoTime(), url, null)));
        // The directory drops what it knew before the bus hands the event to later subscribers (this test).
        await().atMost(Duration.ofSeconds(10)).until(() -> known.contains(device.id()));
        return device;
    }

    private CameraSourceInfo allow(String origin) {
        return CurrentActor.asSystem(() -> sources.list().stream()
                .filter(s -> s.address().equals(origin))
                .findFirst()
                .orElseGet(() -> sources.add(new CameraSourceForm(CameraSourceKind.ADDRESS, origin, "kamera uji"))));
    }

    private MockHttpServletResponse wall(String path, String accept) throws Exception {
        return mvc.perform(get(path).header("Accept", accept).cookie(new Cookie(WallScreenCookie.NAME, wallToken)))
                .andReturn()
                .getResponse();
    }

    private long post(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .map(PoskoTile::id)
                .orElseThrow();
    }
}
