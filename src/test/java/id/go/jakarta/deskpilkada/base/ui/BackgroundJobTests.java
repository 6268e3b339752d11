package id.go.jakarta.deskpilkada.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@link BackgroundJob} and {@link UiAccess}: what a screen's job promises, on a mocked UI. */
class BackgroundJobTests extends KaribuTest {

    @Test
    void progress_reaches_the_screen_at_most_five_times_a_second_and_the_result_with_the_ui_locked() {
        List<Long> shown = new CopyOnWriteArrayList<>();
        List<Boolean> locked = new CopyOnWriteArrayList<>();
        AtomicLong tookNanos = new AtomicLong();
        AtomicReference<String> result = new AtomicReference<>();
        BackgroundJob.tiedTo(owner())
                .task(progress -> {
                    long began = System.nanoTime();
                    for (int row = 1; row <= 700; row++) {
                        progress.report(row);
                        Thread.sleep(1);
                    }
                    tookNanos.set(System.nanoTime() - began);
                    return "700 rows";
                })
                .onProgress(rows -> {
                    locked.add(holdsLock());
                    shown.add(rows);
                })
                .onSuccess(rows -> {
                    locked.add(holdsLock());
                    result.set(rows);
                })
                .start(UI.getCurrent());

        until(() -> result.get() != null);
        assertThat(result.get()).isEqualTo("700 rows");
        long fifths = tookNanos.get() / BackgroundJob.PROGRESS_EVERY_NANOS;
        assertThat(shown)
                .as("a report at least every 200 ms of work, at most one")
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo((int) fifths + 1)
                .isSorted();
        assertThat(locked).containsOnly(true);
    }

    @Test
    void a_cancelled_job_stops_at_its_next_report_and_the_screen_is_told() {
        CountDownLatch working = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        AtomicBoolean succeeded = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundJob job = BackgroundJob.tiedTo(owner());
        job.task(progress -> {
                    working.countDown();
                    for (long row = 0; ; row++) {
                        progress.report(row);
                        Thread.sleep(5);
                    }
                })
                .onEnd(() -> ended.set(true))
                .onSuccess(rows -> succeeded.set(true))
                .onCancel(() -> cancelled.set(true))
                .start(UI.getCurrent());
        waitFor(working);

        job.cancel();
        until(() -> cancelled.get() && !job.isRunning());
        assertThat(ended).isTrue();
        assertThat(succeeded).isFalse();
    }

    @Test
    void leaving_the_screen_cancels_the_job_and_its_late_result_is_abandoned() {
        Div owner = owner();
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        AtomicReference<String> shown = new AtomicReference<>();
        AtomicReference<String> abandoned = new AtomicReference<>();
        BackgroundJob.tiedTo(owner)
                .task(progress -> {
                    working.countDown();
                    release.await();
                    sawCancel.set(progress.cancelled());
                    return "export.csv";
                })
                .onSuccess(shown::set)
                .onAbandon(abandoned::set)
                .start(UI.getCurrent());
        waitFor(working);

        UI.getCurrent().remove(owner);
        release.countDown();
        until(() -> abandoned.get() != null);
        assertThat(abandoned.get()).isEqualTo("export.csv");
        assertThat(sawCancel).isTrue();
        assertThat(shown.get()).isNull();
    }

    @Test
    void a_failure_is_told_in_the_users_language_with_an_incident_code_and_no_internals() {
        AtomicBoolean ended = new AtomicBoolean();
        BackgroundJob.tiedTo(owner())
                .task(progress -> {
                    throw new IllegalStateException("jdbc:postgresql://db/desk password=secret");
                })
                .onEnd(() -> ended.set(true))
                .start(UI.getCurrent());

        until(() -> !notifications().isEmpty());
        assertThat(notifications())
                .singleElement()
                .asString()
                .matches("Terjadi kesalahan tak terduga\\. Sampaikan kode [0-9a-f]{8} kepada admin\\.")
                .doesNotContain("jdbc", "Exception", "secret");
        assertThat(ended).isTrue();
    }

    @Test
    void a_screen_may_show_the_failure_itself_in_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AtomicReference<String> told = new AtomicReference<>();
        BackgroundJob.tiedTo(owner())
                .task(progress -> {
                    throw DeskException.forbidden("auth.required");
                })
                .onFailure(told::set)
                .start(UI.getCurrent());

        until(() -> told.get() != null);
        assertThat(told.get()).isEqualTo("Please sign in first.");
        assertThat(notifications()).isEmpty();
    }

    @Test
    void a_job_that_runs_one_at_a_time_refuses_a_second_start_until_the_first_is_done() {
        BackgroundJob job = BackgroundJob.tiedTo(owner()).oneAtATime();
        CountDownLatch release = new CountDownLatch(1);
        assertThat(job.task(progress -> {
                            release.await();
                            return "first";
                        })
                        .start(UI.getCurrent()))
                .isTrue();

        assertThat(job.task(progress -> "second").start(UI.getCurrent())).isFalse();
        assertThat(job.isRunning()).isTrue();

        release.countDown();
        until(() -> !job.isRunning());
        assertThat(job.task(progress -> "third").start(UI.getCurrent())).isTrue();
    }

    @Test
    void the_work_runs_as_the_person_who_started_it() {
        login("sekda");
        AtomicReference<String> who = new AtomicReference<>();
        BackgroundJob.tiedTo(owner())
                .task(progress ->
                        SecurityContextHolder.getContext().getAuthentication().getName())
                .onSuccess(who::set)
                .start(UI.getCurrent());

        until(() -> who.get() != null);
        assertThat(who.get()).isEqualTo("sekda");
    }

    @Test
    void a_result_for_a_ui_that_is_gone_is_abandoned() {
        AtomicReference<String> abandoned = new AtomicReference<>();
        BackgroundJob.untied()
                .task(progress -> "report.pdf")
                .onAbandon(abandoned::set)
                .start(new UI());

        await().atMost(Duration.ofSeconds(10)).until(() -> abandoned.get() != null);
        assertThat(abandoned.get()).isEqualTo("report.pdf");
    }

    @Test
    void a_change_for_a_ui_that_is_gone_is_refused_quietly() {
        AtomicBoolean ran = new AtomicBoolean();
        assertThat(UiAccess.run(null, () -> ran.set(true))).isFalse();
        assertThat(UiAccess.run(new UI(), () -> ran.set(true))).isFalse();
        assertThat(ran).isFalse();

        assertThat(UiAccess.run(UI.getCurrent(), () -> ran.set(true))).isTrue();
        MockVaadin.runUIQueue();
        assertThat(ran).isTrue();
    }

    /** A component of the current screen that owns the job. */
    private static Div owner() {
        Div owner = new Div();
        UI.getCurrent().add(owner);
        return owner;
    }

    private static boolean holdsLock() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.hasLock();
    }

    /** Lets queued UI changes run (Karibu holds the UI lock on the test thread) until the condition holds. */
    private static void until(Callable<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.runUIQueue();
            return condition.call();
        });
    }

    private static void waitFor(CountDownLatch latch) {
        await().atMost(Duration.ofSeconds(10)).until(() -> latch.getCount() == 0);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }
}
