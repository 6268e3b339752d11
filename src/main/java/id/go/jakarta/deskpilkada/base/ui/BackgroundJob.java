package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work a screen starts and shows the outcome of, run off the UI thread: an export, an import, a
 * PDF, a file check. Off the UI thread, the screen stays responsive and the session is not locked
 * for seconds; off the request, a large job cannot time out.
 *
 * <p>What each such job needs, in one place:
 * <ul>
 * <li>the work runs on one shared executor of virtual threads, as the person who started it (the
 * Spring Security context at {@link Task#start}), so services scope by him as they do on his
 * screen;</li>
 * <li>what the work {@linkplain Progress#report reports} reaches the screen at most five times a
 * second, however often it reports;</li>
 * <li>{@link #cancel} (a cancel button; for a job {@linkplain #tiedTo tied} to a component, its
 * detach) is seen by the work at its next report, or when it asks {@link Progress#cancelled}; a
 * result that comes anyway is abandoned;</li>
 * <li>a job made {@link #oneAtATime} refuses a start while a task of it runs;</li>
 * <li>every callback runs with the UI locked; a failure is said in the user's language by
 * {@link ErrorHandling#describe} (an unexpected one as an incident code, never a stack trace), in
 * an error notification unless the screen {@linkplain Task#onFailure shows it} itself.</li>
 * </ul>
 *
 * <pre>{@code
 * final BackgroundJob export = BackgroundJob.tiedTo(this).oneAtATime();
 *
 * export.task(progress -> write(file, progress))      // on a virtual thread
 *         .onProgress(rows -> bar.setValue(rows))     // the rest with the UI locked
 *         .onEnd(() -> bar.setVisible(false))
 *         .onSuccess(rows -> offer(file, rows))
 *         .onAbandon(rows -> delete(file))
 *         .start(UI.getCurrent());
 * }</pre>
 */
public final class BackgroundJob {

    /** At most about five progress updates a second reach the browser. */
    static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private static final ExecutorService WORKERS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("ui-job-", 0).factory());

    private final Set<Task<?>> running = ConcurrentHashMap.newKeySet();
    private volatile boolean oneAtATime;

    private BackgroundJob() {}

    /** A job whose outcome belongs to {@code owner}: the owner's detach (screen left or closed) cancels it. */
    public static BackgroundJob tiedTo(Component owner) {
        BackgroundJob job = new BackgroundJob();
        owner.addDetachListener(e -> job.cancel());
        return job;
    }

    /**
     * A job whose outcome is told on whatever page the person is on by then (what an import stored
     * is worth knowing after he moved on); only {@link #cancel} stops it.
     */
    public static BackgroundJob untied() {
        return new BackgroundJob();
    }

    /** From now on {@link Task#start} refuses while a task of this job runs. */
    public BackgroundJob oneAtATime() {
        oneAtATime = true;
        return this;
    }

    /** A task that will run {@code work}; say what the screen does with the outcome, then start it. */
    public <T> Task<T> task(Work<T> work) {
        return new Task<>(work);
    }

    /** Whether a task of this job is running (until its outcome has been handed to the screen). */
    public boolean isRunning() {
        return !running.isEmpty();
    }

    /** Cancels every running task of this job. */
    public void cancel() {
        running.forEach(Task::cancel);
    }

    private synchronized boolean admit(Task<?> task) {
        if (oneAtATime && !running.isEmpty()) {
            return false;
        }
        running.add(task);
        return true;
    }

    /** The work itself; it runs on its own virtual thread, outside the UI lock. */
    @FunctionalInterface
    public interface Work<T> {

        T run(Progress progress) throws Exception;
    }

    /** What the work sees of its task. */
    public interface Progress {

        /**
         * How far the work is (rows, posts... whatever the screen's bar counts).
         *
         * @throws CancellationException if the task was cancelled: the work stops where it is
         */
        void report(long done);

        /** For work that does not report: whether it should stop. */
        boolean cancelled();
    }

    /** One run of a job: what the work is and what the screen does with its outcome. Starts once. */
    public final class Task<T> {

        private final Work<T> work;
        private LongConsumer progress = done -> {};
        private Runnable end = () -> {};
        private Consumer<? super T> success = result -> {};
        private @Nullable Consumer<String> failure;
        private Runnable cancelled = () -> {};
        private Consumer<? super T> abandon = result -> {};
        private @Nullable UI ui;
        private volatile boolean cancelRequested;

        private Task(Work<T> work) {
            this.work = work;
        }

        /** Shows what the work {@linkplain Progress#report reported} last, at most five times a second. */
        public Task<T> onProgress(LongConsumer shown) {
            this.progress = shown;
            return this;
        }

        /** Runs first whatever the outcome (success, failure or cancel): puts the bar away. */
        public Task<T> onEnd(Runnable ended) {
            this.end = ended;
            return this;
        }

        /** Shows the result. */
        public Task<T> onSuccess(Consumer<? super T> succeeded) {
            this.success = succeeded;
            return this;
        }

        /** Shows the failure, already said in the user's language; without it, an error notification does. */
        public Task<T> onFailure(Consumer<String> failed) {
            this.failure = failed;
            return this;
        }

        /** Tells that the work stopped because it was cancelled. */
        public Task<T> onCancel(Runnable whenCancelled) {
            this.cancelled = whenCancelled;
            return this;
        }

        /**
         * Releases a result nobody will see (it came after a cancel, or the UI is gone), such as a
         * temporary file. Runs with the UI locked, or on the job's thread when there is no UI.
         */
        public Task<T> onAbandon(Consumer<? super T> abandoned) {
            this.abandon = abandoned;
            return this;
        }

        /**
         * Starts the work as the person signed in on this thread; its outcome is shown on {@code ui}.
         *
         * @return false if the job runs {@linkplain #oneAtATime one at a time} and one is running
         */
        public boolean start(UI ui) {
            if (this.ui != null) {
                throw new IllegalStateException("A task starts once; make a new one");
            }
            this.ui = ui;
            if (!admit(this)) {
                return false;
            }
            SecurityContext person = SecurityContextHolder.createEmptyContext();
            person.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            WORKERS.execute(new DelegatingSecurityContextRunnable(this::run, person));
            return true;
        }

        private void cancel() {
            cancelRequested = true;
        }

        /** On the job's thread. */
        private void run() {
            try {
                T result;
                try {
                    result = work.run(new Reporter());
                } catch (Exception e) {
                    if (cancelRequested || e instanceof CancellationException) {
                        UiAccess.run(ui, () -> {
                            end.run();
                            cancelled.run();
                        });
                    } else {
                        failed(e);
                    }
                    return;
                }
                succeeded(result);
            } finally {
                running.remove(this);
            }
        }

        private void succeeded(T result) {
            boolean handedOver = UiAccess.run(ui, () -> {
                end.run();
                // Read with the UI locked, as a detach is: a screen left meanwhile gets no result.
                if (cancelRequested) {
                    abandon.accept(result);
                    cancelled.run();
                } else {
                    success.accept(result);
                }
            });
            if (!handedOver) {
                abandon.accept(result);
            }
        }

        private void failed(Exception e) {
            UI screen = ui;
            boolean told = UiAccess.run(screen, () -> {
                end.run();
                String message = ErrorHandling.describe(e, screen);
                if (failure != null) {
                    failure.accept(message);
                } else {
                    ErrorHandling.show(message);
                }
            });
            if (!told) {
                // Nobody to tell; describing it still logs an unexpected failure with its incident code.
                ErrorHandling.describe(e, null);
            }
        }

        /** The work's view of its task; used by the work's thread only. */
        private final class Reporter implements Progress {

            private long shownAt = System.nanoTime();

            @Override
            public void report(long done) {
                if (cancelRequested) {
                    throw new CancellationException();
                }
                long now = System.nanoTime();
                if (now - shownAt >= PROGRESS_EVERY_NANOS) {
                    shownAt = now;
                    UiAccess.run(ui, () -> progress.accept(done));
                }
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        }
    }
}
