package id.go.jakarta.deskpilkada.audit;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change.
 *
 * @param subject   what kind of item changed, e.g. {@code election}, {@code election.calendar}
 * @param subjectId which one (its id or code)
 * @param action    what was done, e.g. {@code created}, {@code updated}, {@code retired}
 * @param label     the item's name as people know it, at the time of the change
 * @param before    the item before the change as readable {@code key: value} lines; null when created
 * @param after     the item after the change; null when removed
 */
public record AuditEntryInfo(
        long id,
        Instant at,
        String actor,
        String subject,
        String subjectId,
        String action,
        String label,
        @Nullable String before,
        @Nullable String after)
        implements Serializable {}
