package id.go.jakarta.deskpilkada.base.time;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so tests can pin time. It ticks in microseconds: that is
 * what the databases store, so an instant read back equals the one written.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.system(Wib.ZONE), Duration.ofNanos(1_000));
    }
}
