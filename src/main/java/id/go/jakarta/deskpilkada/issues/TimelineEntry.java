package id.go.jakarta.deskpilkada.issues;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of an issue's timeline. */
public record TimelineEntry(
        Instant at,
        String actor,
        TimelineKind kind,
        @Nullable IssueStatus from,
        @Nullable IssueStatus to,
        @Nullable String text) {}
