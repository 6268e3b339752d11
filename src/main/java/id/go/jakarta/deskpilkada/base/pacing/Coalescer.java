package id.go.jakarta.deskpilkada.base.pacing;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a stream of requests into runs of one piece of work. A request made while a run is already
 * pending is folded into it; one run at a time; and two runs start at least a gap apart, the larger
 * of a fixed minimum and a multiple of the last run's own time. Work whose cost grows with load (a
 * recount, a picture for a thousand screens) therefore runs less often under load, each run taking
 * in more, instead of queueing behind itself; and a quiet system runs each request at once.
 *
 * <p>Runs go to the given executor (the caller's choice of thread); a delayed run waits on one
 * shared timer thread first. {@link #runIfIdle} lets a caller run the work on its own thread when
 * nothing is pending or running, saving the hop in the common quiet case.
 */
public final class Coalescer {

    /**
     * Added to every wait: schedulers round to the millisecond and clocks tick finer, so a run's own
     * clock reading stays at least the gap after the previous run's.
     */
    private static final long SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private static final Logger log = LoggerFactory.getLogger(Coalescer.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("coalescer-timer").daemon().factory());

    private final String name;
    private final long minGapNanos;
    private final int lastRunFactor;
    private final Executor runner;
    private final Runnable work;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();
    /** {@link System#nanoTime()} at the start of the last run; long ago at first. */
    private volatile long lastStart = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    private volatile long lastRunNanos;

    /**
     * @param name          for the log when a run fails
     * @param minGap        the least time between the starts of two runs
     * @param lastRunFactor the gap is at least this many times the last run's duration (0: ignore it)
     * @param runner        where runs execute
     * @param work          what a run does; it should take in everything that is waiting
     */
    public Coalescer(String name, Duration minGap, int lastRunFactor, Executor runner, Runnable work) {
        this.name = name;
        this.minGapNanos = minGap.toNanos();
        this.lastRunFactor = lastRunFactor;
        this.runner = runner;
        this.work = work;
    }

    /** Asks for a run: folded into the pending one if there is one, else one is scheduled. */
    public void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        long gap = Math.max(minGapNanos, lastRunFactor * lastRunNanos);
        long wait = lastStart + gap + SLACK_NANOS - System.nanoTime();
        try {
            if (wait <= 0) {
                runner.execute(this::runPending);
            } else {
                TIMER.schedule(() -> execute(), wait, TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException stopping) {
            pending.set(false);
        }
    }

    /**
     * Runs {@code inline} now on the calling thread, as this coalescer's run, if no run is pending or
     * running; returns false (and runs nothing) otherwise.
     */
    public boolean runIfIdle(Runnable inline) {
        if (pending.get() || !running.tryLock()) {
            return false;
        }
        try {
            timed(inline);
        } finally {
            running.unlock();
        }
        return true;
    }

    private void execute() {
        try {
            runner.execute(this::runPending);
        } catch (RejectedExecutionException stopping) {
            pending.set(false);
        }
    }

    private void runPending() {
        running.lock();
        try {
            // Cleared before the work starts: a request during the run is a run of its own, later.
            pending.set(false);
            timed(work);
        } catch (RuntimeException e) {
            log.warn("{}: a run failed", name, e);
        } finally {
            running.unlock();
        }
    }

    private void timed(Runnable what) {
        long started = System.nanoTime();
        lastStart = started;
        try {
            what.run();
        } finally {
            lastRunNanos = System.nanoTime() - started;
        }
    }
}
