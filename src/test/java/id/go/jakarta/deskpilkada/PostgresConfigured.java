package id.go.jakarta.deskpilkada;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when a PostgreSQL database is configured through
 * {@code DESK_TEST_POSTGRES_URL} (plus {@code _USERNAME} and {@code _PASSWORD}); otherwise the
 * class is skipped with a message saying how to run it. {@code .ci/run} configures it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresConfigured.Condition.class)
public @interface PostgresConfigured {

    /** The environment variable that names the database. */
    String URL = "DESK_TEST_POSTGRES_URL";

    /** Connection settings from the environment. */
    final class Settings {

        private Settings() {}

        public static String get(String suffix, String fallback) {
            String value = System.getenv(URL.replace("_URL", suffix));
            return value == null || value.isBlank() ? fallback : value;
        }

        /** {@code key=value} settings that put a node on the configured PostgreSQL database. */
        public static java.util.List<String> nodeArguments() {
            return java.util.List.of(
                    "spring.profiles.active=postgres",
                    "spring.datasource.url=" + System.getenv(URL),
                    "spring.datasource.username=" + get("_USERNAME", "app"),
                    "spring.datasource.password=" + get("_PASSWORD", "app"),
                    "desk.demo.enabled=true");
        }
    }

    class Condition implements ExecutionCondition {

        private static final AtomicBoolean TOLD = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv(URL);
            if (url != null && !url.isBlank()) {
                return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
            }
            String message = "PostgreSQL tests skipped: no database configured. Set " + URL
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/app), DESK_TEST_POSTGRES_USERNAME and "
                    + "DESK_TEST_POSTGRES_PASSWORD to run them; .ci/run does.";
            if (TOLD.compareAndSet(false, true)) {
                System.out.println("[desk-pilkada] " + message);
            }
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
