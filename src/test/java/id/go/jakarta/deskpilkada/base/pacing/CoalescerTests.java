package id.go.jakarta.deskpilkada.base.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescerTests {

    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private final List<Long> starts = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        runner.shutdownNow();
    }

    private Runnable recording(long sleepMillis) {
        return () -> {
            starts.add(System.nanoTime());
            sleep(sleepMillis);
        };
    }

    @Test
    void requests_made_while_a_run_is_pending_or_running_become_one_more_run() throws InterruptedException {
        Coalescer coalescer = new Coalescer("test", Duration.ofMillis(10), 0, runner, recording(150));
        coalescer.request();
        await().atMost(Duration.ofSeconds(5)).until(() -> starts.size() == 1);
        for (int i = 0; i < 50; i++) {
            coalescer.request();
        }
        Thread.sleep(600);
        assertThat(starts).hasSize(2);
    }

    @Test
    void two_runs_start_at_least_the_minimum_gap_apart() {
        Coalescer coalescer = new Coalescer("test", Duration.ofMillis(200), 0, runner, recording(0));
        coalescer.request();
        await().atMost(Duration.ofSeconds(5)).until(() -> starts.size() == 1);
        coalescer.request();
        await().atMost(Duration.ofSeconds(5)).until(() -> starts.size() == 2);
        assertThat(starts.get(1) - starts.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
    }

    @Test
    void the_gap_grows_with_the_last_runs_own_time() {
        // Runs of 100 ms with a factor of 3: the next starts at least 300 ms after, not 10.
        Coalescer coalescer = new Coalescer("test", Duration.ofMillis(10), 3, runner, recording(100));
        coalescer.request();
        await().atMost(Duration.ofSeconds(5)).until(() -> starts.size() == 1);
        sleep(150);
        coalescer.request();
        await().atMost(Duration.ofSeconds(5)).until(() -> starts.size() == 2);
        assertThat(starts.get(1) - starts.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
    }

    @Test
    void an_idle_coalescer_runs_on_the_callers_thread_and_a_busy_one_does_not() throws InterruptedException {
        CountDownLatch inRun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Coalescer coalescer = new Coalescer("test", Duration.ofMillis(10), 0, runner, () -> {
            inRun.countDown();
            awaitQuietly(release);
        });
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        assertThat(coalescer.runIfIdle(() -> ranOn.set(Thread.currentThread()))).isTrue();
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());

        Thread.sleep(20);
        coalescer.request();
        assertThat(inRun.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(coalescer.runIfIdle(() -> ranOn.set(null)))
                .as("a run is going on")
                .isFalse();
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        release.countDown();
    }

    @Test
    void a_failing_run_does_not_stop_later_ones() {
        List<Integer> runs = new CopyOnWriteArrayList<>();
        Coalescer coalescer = new Coalescer("test", Duration.ofMillis(10), 0, runner, () -> {
            runs.add(runs.size());
            if (runs.size() == 1) {
                throw new IllegalStateException("first run fails");
            }
        });
        coalescer.request();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 1);
        coalescer.request();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
