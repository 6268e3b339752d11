package id.go.jakarta.deskpilkada.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.go.jakarta.deskpilkada.device.CameraProblem;
import id.go.jakarta.deskpilkada.device.CameraSnapshot;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.FakeCamera;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** However many walls ask, one camera request per period; a failing camera is not asked again at once. */
class SnapshotCacheTests {

    FakeCamera camera;
    CameraPolicy allowed;
    final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        camera = new FakeCamera();
        allowed = CameraPolicy.of(List.of(
                new CameraSourceInfo(1, CameraSourceKind.ADDRESS, camera.origin(), null, Instant.EPOCH, "uji", 0)));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
        camera.close();
    }

    @Test
    void fifty_walls_asking_at_once_cost_one_camera_request_and_share_its_image() throws Exception {
        SnapshotCache cache = cache(Duration.ofSeconds(10), Duration.ofSeconds(10));
        String url = camera.url("/ok/serentak.jpg");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<CameraSnapshot>> walls = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                walls.add(threads.submit(() -> {
                    go.await();
                    return cache.get(url, allowed);
                }));
            }
            go.countDown();
            for (Future<CameraSnapshot> wall : walls) {
                assertThat(wall.get())
                        .isInstanceOfSatisfying(
                                CameraSnapshot.Image.class,
                                image -> assertThat(image.bytes()).isEqualTo(FakeCamera.JPEG));
            }
        }
        assertThat(camera.hits("/ok/serentak.jpg")).isEqualTo(1);
        // Within the period the held image is served; the camera is not asked again.
        assertThat(cache.get(url, allowed)).isInstanceOf(CameraSnapshot.Image.class);
        assertThat(camera.hits("/ok/serentak.jpg")).isEqualTo(1);
        cache.clear();
        assertThat(cache.get(url, allowed)).isInstanceOf(CameraSnapshot.Image.class);
        assertThat(camera.hits("/ok/serentak.jpg"))
                .as("after the sources changed")
                .isEqualTo(2);
    }

    @Test
    void a_failing_camera_is_held_as_failing_and_logged_once_per_failure_streak() {
        Logger logger = (Logger) LoggerFactory.getLogger(SnapshotCache.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            SnapshotCache holding = cache(Duration.ofSeconds(10), Duration.ofSeconds(10));
            for (int i = 0; i < 5; i++) {
                assertThat(holding.get(camera.url("/rusak.jpg"), allowed))
                        .isEqualTo(new CameraSnapshot.Missing(CameraProblem.CAMERA_ERROR));
            }
            assertThat(camera.hits("/rusak.jpg")).as("failures are held too").isEqualTo(1);

            // Held for no time at all, asks soon lead to new fetches (the cache may still hand out a
            // just-completed fetch once): three failed fetches, still one warning for the streak.
            SnapshotCache asking = cache(Duration.ZERO, Duration.ZERO);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                assertThat(asking.get(camera.url("/besar.jpg"), allowed))
                        .isEqualTo(new CameraSnapshot.Missing(CameraProblem.TOO_LARGE));
                return camera.hits("/besar.jpg") >= 3;
            });
            assertThat(logged.list)
                    .filteredOn(e -> e.getLevel() == Level.WARN)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly(
                            "Camera at " + camera.origin() + " gives no snapshot (CAMERA_ERROR); "
                                    + "not logged again until it answers",
                            "Camera at " + camera.origin() + " gives no snapshot (TOO_LARGE); "
                                    + "not logged again until it answers");
        } finally {
            logger.detachAppender(logged);
        }
    }

    private SnapshotCache cache(Duration fresh, Duration failureHold) {
        CameraProperties limits = new CameraProperties(
                Duration.ofSeconds(1), Duration.ofSeconds(2), 2 * 1024 * 1024, fresh, failureHold, 3, 1 << 24);
        CameraFetcher fetcher = new CameraFetcher(limits, Clock.systemUTC());
        SnapshotCache cache = new SnapshotCache(fetcher, limits);
        opened.add(cache);
        opened.add(fetcher);
        return cache;
    }
}
