package id.go.jakarta.deskpilkada.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.base.i18n.Messages;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** A node works on a bounded number of API requests at once and tells the others to come back. */
class ApiConcurrencyLimitTests {

    private final Problems problems =
            new Problems(new Messages(), JsonMapper.builder().build());

    @Test
    void a_request_over_the_limit_waits_its_turn_and_is_then_refused_with_503_and_retry_after() throws Exception {
        ApiConcurrencyLimit limit = new ApiConcurrencyLimit(1, Duration.ofMillis(200), problems);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                limit.doFilter(request(), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    await(release);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain never = new MockFilterChain();
        limit.doFilter(request(), refused, never);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("Server sibuk", "Idempotency-Key");
        assertThat(never.getRequest())
                .as("the refused request never reached the API")
                .isNull();

        release.countDown();
        first.join(5000);
        MockHttpServletResponse later = new MockHttpServletResponse();
        AtomicInteger served = new AtomicInteger();
        limit.doFilter(request(), later, (req, res) -> served.incrementAndGet());
        assertThat(served).as("the turn is given back after the first request").hasValue(1);
        assertThat(later.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/issues");
        request.addHeader("Accept-Language", "id");
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
