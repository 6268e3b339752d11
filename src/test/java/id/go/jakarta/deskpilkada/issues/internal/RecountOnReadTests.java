package id.go.jakarta.deskpilkada.issues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/** Numbers counted when read after a change, not after every commit. */
@SpringBootTest
@ActiveProfiles("test")
class RecountOnReadTests {

    @Autowired
    HazelcastInstance hazelcast;

    @Autowired
    PlatformTransactionManager transactions;

    private final AtomicInteger recounts = new AtomicInteger();
    private final AtomicInteger truth = new AtomicInteger(10);

    private RecountOnRead<Integer> numbers(long recountMillis) {
        return new RecountOnRead<>(hazelcast, "test-" + UUID.randomUUID(), transactions, () -> {
            recounts.incrementAndGet();
            sleep(recountMillis);
            return truth.get();
        });
    }

    @Test
    void numbers_are_recounted_on_the_first_read_after_a_change_and_not_again_until_the_next_change() {
        RecountOnRead<Integer> numbers = numbers(0);
        assertThat(numbers.read()).isEqualTo(10);
        assertThat(numbers.read()).isEqualTo(10);
        assertThat(recounts)
                .as("held numbers with no change since are read, not recounted")
                .hasValue(1);

        truth.set(11);
        numbers.changed();
        numbers.changed();
        assertThat(numbers.read()).isEqualTo(11);
        assertThat(numbers.read()).isEqualTo(11);
        assertThat(recounts).as("two changes, one recount when read").hasValue(2);
    }

    @Test
    void readers_on_one_node_share_the_recount_that_is_running() throws Exception {
        RecountOnRead<Integer> numbers = numbers(300);
        numbers.read();
        truth.set(12);
        numbers.changed();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(numbers::read);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(numbers::read);
        assertThat(a.get()).isEqualTo(12);
        assertThat(b.get()).isEqualTo(12);
        assertThat(recounts).hasValue(2);
    }

    @Test
    void a_reconciliation_reports_held_numbers_that_the_database_no_longer_agrees_with_and_replaces_them() {
        RecountOnRead<Integer> numbers = numbers(0);
        numbers.read();
        assertThat(numbers.reconcile(Integer::equals)).as("nothing wrong").isFalse();

        truth.set(20); // a change whose count was lost (its node died after the commit)
        assertThat(numbers.read())
                .as("without a counted change the held numbers stand")
                .isEqualTo(10);
        assertThat(numbers.reconcile(Integer::equals)).isTrue();
        assertThat(numbers.read()).isEqualTo(20);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
