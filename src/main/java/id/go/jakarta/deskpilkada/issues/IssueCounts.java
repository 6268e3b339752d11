package id.go.jakarta.deskpilkada.issues;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public numbers of the issues (no titles, no names): open issues per owning post and per
 * wilayah by severity and status, overdue referrals, the oldest open report, and how many were
 * opened and closed per WIB day and category over the last two weeks. Held in the live snapshot;
 * walls, boards and every role read them.
 */
public record IssueCounts(Map<Long, Open> byPost, Map<String, Open> byWilayah, List<Day> days, Instant computedAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DAYS = 14;

    /** Open issues of one post or wilayah. */
    public record Open(
            Map<Severity, Integer> bySeverity,
            Map<IssueStatus, Integer> byStatus,
            int overdue,
            @Nullable Instant oldest)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public static final Open NONE = new Open(Map.of(), Map.of(), 0, null);

        public int total() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int of(Severity severity) {
            return bySeverity.getOrDefault(severity, 0);
        }

        public int of(IssueStatus status) {
            return byStatus.getOrDefault(status, 0);
        }
    }

    /** Issues reported and closed (resolved or rejected) on one WIB day in one category. */
    public record Day(LocalDate day, long categoryId, int opened, int closed) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    public Open post(long poskoId) {
        return byPost.getOrDefault(poskoId, Open.NONE);
    }

    public Open wilayah(String code) {
        return byWilayah.getOrDefault(code, Open.NONE);
    }

    public int totalOpen() {
        return byPost.values().stream().mapToInt(Open::total).sum();
    }
}
