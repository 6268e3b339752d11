package id.go.jakarta.deskpilkada.reports;

import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The provincial daily report (Laporan harian Sekda) of one WIB day: the provincial post's report
 * due that day and every wilayah report (latest submitted version) due within its period.
 *
 * @param posts    the posts in display order, provincial first
 * @param exercise gathered during an exercise, from its reports: every copy must say so
 */
public record ConsolidatedReport(
        LocalDate day,
        Instant periodStart,
        Instant periodEnd,
        @Nullable ReportInfo provincial,
        List<ReportInfo> wilayah,
        List<PoskoTile> posts,
        Instant generatedAt,
        boolean exercise,
        @Nullable String electionName) {

    /** A real (not exercise) report. */
    public ConsolidatedReport(
            LocalDate day,
            Instant periodStart,
            Instant periodEnd,
            @Nullable ReportInfo provincial,
            List<ReportInfo> wilayah,
            List<PoskoTile> posts,
            Instant generatedAt) {
        this(day, periodStart, periodEnd, provincial, wilayah, posts, generatedAt, false, null);
    }

    /** The wilayah reports of one post, in due order. */
    public List<ReportInfo> of(long poskoId) {
        return wilayah.stream().filter(r -> r.poskoId() == poskoId).toList();
    }

    /** New issues per severity that one post reported over the period (from the frozen facts). */
    public Map<Severity, Integer> newIssues(long poskoId) {
        Map<Severity, Integer> sum = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            sum.put(s, 0);
        }
        for (ReportInfo r : of(poskoId)) {
            if (r.facts() != null) {
                for (Severity s : Severity.values()) {
                    sum.merge(s, r.facts().newOf(s), Integer::sum);
                }
            }
        }
        return sum;
    }
}
