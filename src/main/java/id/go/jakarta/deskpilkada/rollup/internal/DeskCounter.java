package id.go.jakarta.deskpilkada.rollup.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportWallStatus;
import id.go.jakarta.deskpilkada.rollup.DeskCounts;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Counts one desk from the same public numbers its wall shows (posts and their grades, coverage,
 * open issues, reports), read for nobody in particular in that desk: its own rows, in its own mode
 * (an exercising desk is counted as its wall shows it, and marked).
 */
@Component
class DeskCounter {

    private final PoskoService posko;
    private final CoverageService coverage;
    private final IssueService issues;
    private final ReportService reports;
    private final ExerciseMode mode;
    private final Clock clock;

    DeskCounter(
            PoskoService posko,
            CoverageService coverage,
            IssueService issues,
            ReportService reports,
            ExerciseMode mode,
            Clock clock) {
        this.posko = posko;
        this.coverage = coverage;
        this.issues = issues;
        this.reports = reports;
        this.mode = mode;
        this.clock = clock;
    }

    /**
     * The desk's counts now. Called outside any transaction, so that each read opens a session of
     * its own in that desk (a session keeps the desk it was opened in).
     */
    DeskCounts count(long desk) {
        return CurrentActor.nobodyIn(desk, () -> {
            List<PoskoTile> tiles =
                    posko.tiles().stream().filter(PoskoTile::active).toList();
            Set<Long> active = tiles.stream().map(PoskoTile::id).collect(Collectors.toSet());
            Map<Long, PostCoverage> staffing = coverage.now();
            IssueCounts open = issues.counts();
            Map<Long, ReportWallStatus> reporting = reports.wallStatus();
            int gaps = (int) staffing.values().stream()
                    .filter(c -> active.contains(c.poskoId()) && c.gap())
                    .count();
            int late = (int) reporting.values().stream()
                    .filter(r -> active.contains(r.poskoId()) && r.overdue())
                    .count();
            int total = 0;
            int high = 0;
            int critical = 0;
            int overdue = 0;
            for (IssueCounts.Open post : open.byPost().values()) {
                total += post.total();
                high += post.of(Severity.TINGGI);
                critical += post.of(Severity.KRITIS);
                overdue += post.overdue();
            }
            return new DeskCounts(
                    1,
                    mode.exercise(desk) ? 1 : 0,
                    tiles.size(),
                    grade(tiles, AlertLevel.WASPADA),
                    grade(tiles, AlertLevel.SIAGA),
                    grade(tiles, AlertLevel.AWAS),
                    total,
                    high,
                    critical,
                    overdue,
                    gaps,
                    late,
                    clock.instant());
        });
    }

    private static int grade(List<PoskoTile> tiles, AlertLevel level) {
        return (int) tiles.stream().filter(t -> t.alertLevel() == level).count();
    }
}
