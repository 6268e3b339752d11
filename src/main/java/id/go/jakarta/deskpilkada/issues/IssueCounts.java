package id.go.jakarta.deskpilkada.issues;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public numbers of the issues (no titles, no names): open issues per owning post and per
 * wilayah by severity and status, overdue referrals, the oldest open report, and how many were
 * opened and closed per WIB day and category over the last two weeks, and where the issues of the
 * last {@link #RECENT} were reported (the wall map's dots). Held in the live snapshot; walls, boards
 * and every role read them.
 */
public record IssueCounts(
        Map<Long, Open> byPost, Map<String, Open> byWilayah, List<Day> days, List<Recent> recent, Instant computedAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DAYS = 14;

    /** How far back {@link #recent} reaches. */
    public static final Duration RECENT = Duration.ofHours(24);

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

    /**
     * An issue reported within {@link #RECENT} of {@code computedAt} and not rejected: the most
     * precise place known of it (kelurahan, else kecamatan, else wilayah code), its severity, whether
     * it is still open, and when it was reported. No title, no reporter.
     */
    public record Recent(String place, Severity severity, boolean open, Instant reportedAt) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The issues of {@link #recent} reported within {@link #RECENT} of {@code now}. */
    public List<Recent> recentAt(Instant now) {
        Instant since = now.minus(RECENT);
        return recent.stream().filter(r -> !r.reportedAt().isBefore(since)).toList();
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
