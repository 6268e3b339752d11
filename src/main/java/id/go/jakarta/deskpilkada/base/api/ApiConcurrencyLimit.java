package id.go.jakarta.deskpilkada.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code desk.api.max-concurrent} API requests are worked on at once on this node; the
 * next ones wait up to {@code desk.api.max-wait} for a turn and are then refused with 503 and
 * {@code Retry-After} (problem+json), before anything reads or authenticates them. An integration
 * client flooding the API (or many of them) then cannot take every database connection and every
 * core from the people at the desks and from the wall screens' picture: the node stays usable, and
 * a refused write is simply sent again with the same Idempotency-Key.
 */
final class ApiConcurrencyLimit extends OncePerRequestFilter {

    private final Semaphore turns;
    private final Duration maxWait;
    private final Problems problems;

    ApiConcurrencyLimit(int maxConcurrent, Duration maxWait, Problems problems) {
        this.turns = new Semaphore(Math.max(1, maxConcurrent), true);
        this.maxWait = maxWait;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "api.busy");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
