package id.go.jakarta.deskpilkada.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescedRecomputeTests {

    @Test
    void callers_one_after_the_other_each_get_their_own_recomputation() {
        CoalescedRecompute recomputes = new CoalescedRecompute();
        AtomicInteger runs = new AtomicInteger();
        recomputes.afterCommit(runs::incrementAndGet);
        recomputes.afterCommit(runs::incrementAndGet);
        assertThat(runs).hasValue(2);
    }

    @Test
    void callers_waiting_behind_a_running_recomputation_share_the_next_one_and_all_return_after_it()
            throws InterruptedException {
        CoalescedRecompute recomputes = new CoalescedRecompute();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> recomputes.afterCommit(() -> {
            runs.incrementAndGet();
            firstRunning.countDown();
            await(releaseFirst);
        }));
        assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
        CountDownLatch waiting = new CountDownLatch(5);
        AtomicInteger finishedAfterTheirRun = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            Thread.ofVirtual().start(() -> {
                recomputes.afterCommit(runs::incrementAndGet);
                if (runs.get() >= 2) {
                    finishedAfterTheirRun.incrementAndGet();
                }
                waiting.countDown();
            });
        }
        Thread.sleep(200);  // all five are queued behind the first
        releaseFirst.countDown();
        first.join();
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.get()).as("the first, then one for the five (at most one more if one came late)")
                .isBetween(2, 3);
        assertThat(finishedAfterTheirRun).hasValue(5);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
