package id.go.jakarta.deskpilkada.issues;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A snapshot recomputation after each commit, where one that started after a caller's commit
 * stands for that caller: under a burst of filings, each request no longer runs the aggregate
 * queries itself (one after the other, over a growing table), it waits for one that includes its
 * issue. A caller returns only after the snapshot holds its commit, as before.
 */
final class CoalescedRecompute {

    private final AtomicLong requested = new AtomicLong();
    private final ReentrantLock running = new ReentrantLock();
    private long covered;

    /** Call after the commit: runs {@code recompute} unless one that began after this call has finished. */
    void afterCommit(Runnable recompute) {
        long mine = requested.incrementAndGet();
        running.lock();
        try {
            if (covered >= mine) {
                return;
            }
            // Every request numbered up to here was committed before this recomputation reads.
            long upTo = requested.get();
            recompute.run();
            covered = upTo;
        } finally {
            running.unlock();
        }
    }
}
