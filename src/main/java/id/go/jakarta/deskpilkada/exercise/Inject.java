package id.go.jakarta.deskpilkada.exercise;

import java.io.Serializable;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One timed step of a scenario: {@code after} the start, do {@code kind} at post {@code post} as the
 * account {@code as}. The other fields belong to some kinds only (see the scenario format in
 * docs/latihan.md); {@code number} is the step's place in the file, from 1.
 */
public record Inject(
        int number,
        Duration after,
        InjectKind kind,
        String post,
        String as,
        @Nullable String title,
        @Nullable String description,
        @Nullable String category,
        @Nullable String severity,
        @Nullable String role,
        @Nullable String device,
        @Nullable String level,
        @Nullable String note)
        implements Serializable {}
