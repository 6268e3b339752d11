package id.go.jakarta.deskpilkada.issues.internal;

import com.hazelcast.core.HazelcastInstance;
import id.go.jakarta.deskpilkada.base.cluster.DeskCopies;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.SnapshotContributor;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.issues.IssueChanged;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueOverdue;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issues' part of the live snapshot: the public counts, computed from committed data when read
 * after a change ({@link RecountOnRead}).
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class IssueSnapshot implements SnapshotContributor {

    private static final List<IssueStatus> OPEN =
            List.of(IssueStatus.BARU, IssueStatus.TERVERIFIKASI, IssueStatus.DITANGANI);

    private final RecountOnRead<IssueCounts> counts;
    private final IssueRepository repository;
    private final Clock clock;
    private final WorkingDesk working;
    /** Other desks' counts, counted again after an event of theirs that moves them. */
    private final DeskCopies.Part<IssueCounts> other;

    IssueSnapshot(
            HazelcastInstance hazelcast,
            IssueRepository repository,
            Clock clock,
            PlatformTransactionManager transactions,
            WorkingDesk working,
            DeskCopies copies) {
        this.working = working;
        this.other = copies.part("issue counts", IssueSnapshot::movesCounts);
        this.counts = new RecountOnRead<>(hazelcast, "issues", transactions, this::compute);
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void apply(LiveEvent event) {
        applyAll(List.of(event));
    }

    /** One change counted for a whole batch (the relay's, under a burst). */
    @Override
    public void applyAll(List<LiveEvent> events) {
        if (events.stream().anyMatch(IssueSnapshot::movesCounts)) {
            counts.changed();
        }
    }

    @Override
    public void rebuild() {
        counts.rebuild();
    }

    @Override
    public boolean reconcile() {
        // The recent list loses its oldest issues as time goes by without anything being wrong:
        // compare what the held one still shows at the truth's time.
        return counts.reconcile((held, truth) -> truth.byPost().equals(held.byPost())
                && truth.byWilayah().equals(held.byWilayah())
                && truth.days().equals(held.days())
                && truth.recent().equals(held.recentAt(truth.computedAt())));
    }

    /** The counts of the acting desk: held in the cluster for the working desk, on this node for any other. */
    public IssueCounts counts() {
        return working.actingInOtherDesk() ? other.get(counts::recountAlone) : counts.read();
    }

    private static boolean movesCounts(LiveEvent event) {
        return event instanceof IssueChanged || event instanceof IssueOverdue;
    }

    public IssueCounts compute() {
        Map<Long, Builder> byPost = new HashMap<>();
        Map<String, Builder> byWilayah = new HashMap<>();
        for (Object[] row : repository.countOpen(OPEN)) {
            long posko = ((Number) row[0]).longValue();
            String wilayah = (String) row[1];
            Severity severity = (Severity) row[2];
            IssueStatus status = (IssueStatus) row[3];
            int count = ((Number) row[4]).intValue();
            Instant oldest = (Instant) row[5];
            byPost.computeIfAbsent(posko, k -> new Builder()).add(severity, status, count, oldest);
            byWilayah.computeIfAbsent(wilayah, k -> new Builder()).add(severity, status, count, oldest);
        }
        for (Object[] row : repository.countOverdue(IssueStatus.DITANGANI)) {
            int count = ((Number) row[2]).intValue();
            byPost.computeIfAbsent(((Number) row[0]).longValue(), k -> new Builder()).overdue += count;
            byWilayah.computeIfAbsent((String) row[1], k -> new Builder()).overdue += count;
        }
        LocalDate since = Wib.today(clock).minusDays(IssueCounts.DAYS - 1L);
        Map<String, int[]> days = new HashMap<>();
        for (Object[] row : repository.countReportedPerDay(since)) {
            days.computeIfAbsent(row[0] + "|" + row[1], k -> new int[2])[0] += ((Number) row[2]).intValue();
        }
        for (Object[] row : repository.countResolvedPerDay(since)) {
            days.computeIfAbsent(row[0] + "|" + row[1], k -> new int[2])[1] += ((Number) row[2]).intValue();
        }
        List<IssueCounts.Day> dayList = new ArrayList<>();
        days.forEach((key, counts) -> {
            String[] parts = key.split("\\|");
            dayList.add(new IssueCounts.Day(LocalDate.parse(parts[0]), Long.parseLong(parts[1]), counts[0], counts[1]));
        });
        dayList.sort(Comparator.comparing(IssueCounts.Day::day).thenComparingLong(IssueCounts.Day::categoryId));
        Instant now = clock.instant();
        List<IssueCounts.Recent> recent = new ArrayList<>();
        for (Object[] row : repository.findReportedSince(now.minus(IssueCounts.RECENT), IssueStatus.DITOLAK)) {
            String place = row[2] != null ? (String) row[2] : row[1] != null ? (String) row[1] : (String) row[0];
            recent.add(
                    new IssueCounts.Recent(place, (Severity) row[3], ((IssueStatus) row[4]).open(), (Instant) row[5]));
        }
        recent.sort(Comparator.comparing(IssueCounts.Recent::reportedAt).thenComparing(IssueCounts.Recent::place));
        return new IssueCounts(build(byPost), build(byWilayah), List.copyOf(dayList), List.copyOf(recent), now);
    }

    private static <K> Map<K, IssueCounts.Open> build(Map<K, Builder> builders) {
        Map<K, IssueCounts.Open> result = new HashMap<>();
        builders.forEach((k, b) -> result.put(k, b.build()));
        return Map.copyOf(result);
    }

    private static final class Builder {
        private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        private final Map<IssueStatus, Integer> byStatus = new EnumMap<>(IssueStatus.class);
        private int overdue;
        private @Nullable Instant oldest;

        void add(Severity severity, IssueStatus status, int count, Instant first) {
            bySeverity.merge(severity, count, Integer::sum);
            byStatus.merge(status, count, Integer::sum);
            oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
        }

        IssueCounts.Open build() {
            return new IssueCounts.Open(Map.copyOf(bySeverity), Map.copyOf(byStatus), overdue, oldest);
        }
    }
}
