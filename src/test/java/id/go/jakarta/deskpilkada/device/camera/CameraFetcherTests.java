package id.go.jakarta.deskpilkada.device.camera;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.device.CameraProblem;
import id.go.jakarta.deskpilkada.device.CameraSnapshot;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.FakeCamera;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One snapshot fetch against a fake camera: what is taken, what is refused, and how fast. */
class CameraFetcherTests {

    static final Duration TIMEOUT = Duration.ofMillis(1500);
    static final CameraProperties LIMITS = new CameraProperties(
            Duration.ofSeconds(1),
            TIMEOUT,
            2 * 1024 * 1024,
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            3,
            1 << 24);

    static FakeCamera camera;
    static CameraFetcher fetcher;
    static CameraPolicy allowed;

    @BeforeAll
    static void start() {
        camera = new FakeCamera();
        fetcher = new CameraFetcher(LIMITS, Clock.systemUTC());
        allowed = CameraPolicy.of(List.of(
                new CameraSourceInfo(1, CameraSourceKind.ADDRESS, camera.origin(), null, Instant.EPOCH, "uji", 0)));
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        camera.close();
    }

    @Test
    void an_allowed_camera_gives_its_jpeg_checked_by_its_first_bytes() {
        CameraSnapshot shot = fetcher.fetch(camera.url("/ok/satu.jpg"), allowed);
        assertThat(shot).isInstanceOfSatisfying(CameraSnapshot.Image.class, image -> {
            assertThat(image.bytes()).isEqualTo(FakeCamera.JPEG);
            assertThat(image.contentType()).isEqualTo("image/jpeg");
        });
    }

    @Test
    void an_address_outside_the_allowed_sources_is_never_asked() {
        CameraPolicy other = CameraPolicy.of(List.of(new CameraSourceInfo(
                1, CameraSourceKind.ADDRESS, "http://127.0.0.1:1", null, Instant.EPOCH, "uji", 0)));
        assertThat(fetcher.fetch(camera.url("/ok/tidak-diizinkan.jpg"), other))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.NOT_ALLOWED));
        assertThat(camera.hits("/ok/tidak-diizinkan.jpg")).isZero();
    }

    @Test
    void a_camera_that_does_not_answer_in_time_is_given_up_within_the_time_limit() {
        long start = System.nanoTime();
        assertThat(fetcher.fetch(camera.url("/lambat.jpg"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusMillis(700));
    }

    @Test
    void a_body_that_trickles_in_is_cut_off_at_the_total_time_limit() {
        long start = System.nanoTime();
        assertThat(fetcher.fetch(camera.url("/menetes.jpg"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusMillis(700));
    }

    @Test
    void an_image_over_the_size_limit_is_refused_whether_its_length_is_declared_or_not() {
        assertThat(fetcher.fetch(camera.url("/besar.jpg"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.TOO_LARGE));
        assertThat(fetcher.fetch(camera.url("/besar-mengalir.jpg"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.TOO_LARGE));
    }

    @Test
    void an_answer_that_is_not_an_image_is_refused_also_when_it_claims_to_be_one() {
        assertThat(fetcher.fetch(camera.url("/halaman.html"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.NOT_AN_IMAGE));
        assertThat(fetcher.fetch(camera.url("/palsu.jpg"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.NOT_AN_IMAGE));
        assertThat(fetcher.fetch(camera.url("/rusak.jpg"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.CAMERA_ERROR));
    }

    @Test
    void a_redirect_is_followed_only_to_an_allowed_address_and_not_for_ever() {
        assertThat(fetcher.fetch(camera.url("/pergi.jpg"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.REDIRECT_NOT_ALLOWED));
        assertThat(camera.hits("/ok/tujuan.jpg"))
                .as("the address it pointed to")
                .isZero();

        assertThat(fetcher.fetch(camera.url("/lompat.jpg"), allowed)).isInstanceOf(CameraSnapshot.Image.class);
        assertThat(camera.hits("/ok/lompatan.jpg")).isEqualTo(1);

        assertThat(fetcher.fetch(camera.url("/putar.jpg"), allowed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.CAMERA_ERROR));
        assertThat(camera.hits("/putar.jpg")).isEqualTo(LIMITS.maxRedirects() + 1);
    }

    @Test
    void a_name_that_leads_to_this_machine_is_refused_though_an_address_entry_names_it() {
        CameraPolicy byName = CameraPolicy.of(List.of(new CameraSourceInfo(
                1, CameraSourceKind.ADDRESS, "http://localhost:" + camera.port(), null, Instant.EPOCH, "uji", 0)));
        assertThat(fetcher.fetch("http://localhost:" + camera.port() + "/ok/nama.jpg", byName))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.NOT_ALLOWED));
        assertThat(camera.hits("/ok/nama.jpg")).isZero();
    }

    @Test
    void a_camera_nobody_listens_for_is_unreachable() {
        CameraPolicy closed = CameraPolicy.of(List.of(
                new CameraSourceInfo(1, CameraSourceKind.RANGE, "127.0.0.1/32", null, Instant.EPOCH, "uji", 0)));
        assertThat(fetcher.fetch("http://127.0.0.1:1/snap.jpg", closed))
                .isEqualTo(new CameraSnapshot.Missing(CameraProblem.UNREACHABLE));
    }
}
