package id.go.jakarta.deskpilkada.journal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A new journal entry as typed.
 *
 * @param at      when it happened; null for now. A little in the past is fine, never the future
 * @param issueId an election issue it concerns, if any (must be one the writer may see)
 */
public record JournalForm(
        @Nullable JournalCategory category,
        String text,
        @Nullable Instant at,
        @Nullable Long issueId) {}
