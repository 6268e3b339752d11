package id.go.jakarta.deskpilkada.issues;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Public numbers for the boards' small charts: how many issues were reported and closed (resolved
 * or rejected) on each WIB day of the last two weeks, per wilayah and per owning post (the
 * provincial post's are the escalated ones). {@link IssueCounts} has these per category only.
 *
 * @param firstDay the first of the {@link #DAYS} days; index 0 of every series
 */
public record IssueTrend(
        LocalDate firstDay, Map<String, Series> byWilayah, Map<Long, Series> byPost, Instant computedAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DAYS = IssueCounts.DAYS;

    /** Reported and closed per day, oldest day first, {@link #DAYS} long. */
    public record Series(List<Integer> opened, List<Integer> closed) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public static final Series NONE = new Series(Collections.nCopies(DAYS, 0), Collections.nCopies(DAYS, 0));
    }

    public Series wilayah(String code) {
        return byWilayah.getOrDefault(code, Series.NONE);
    }

    public Series post(long poskoId) {
        return byPost.getOrDefault(poskoId, Series.NONE);
    }

    public List<LocalDate> days() {
        return IntStream.range(0, DAYS).mapToObj(firstDay::plusDays).toList();
    }
}
