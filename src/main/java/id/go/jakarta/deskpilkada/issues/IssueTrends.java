package id.go.jakarta.deskpilkada.issues;

import com.hazelcast.core.HazelcastInstance;
import id.go.jakarta.deskpilkada.base.cluster.DeskCopies;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.SnapshotContributor;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.issues.internal.RecountOnRead;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-wilayah trend of the issues board, held in the live snapshot like {@link IssueCounts}:
 * recounted when read after a commit that can move a day's numbers (an issue filed, closed, moved
 * or escalated; see {@link RecountOnRead}), so every open board reads it from the cluster.
 */
@Service
public class IssueTrends implements SnapshotContributor {

    private static final Set<TimelineKind> MOVES_A_DAY =
            Set.of(TimelineKind.DIBUAT, TimelineKind.STATUS, TimelineKind.DIUBAH, TimelineKind.ESKALASI);

    private final RecountOnRead<IssueTrend> trend;
    private final EntityManager entityManager;
    private final Clock clock;
    private final WorkingDesk working;
    /** Other desks' trends, counted again after an event of theirs that moves a day. */
    private final DeskCopies.Part<IssueTrend> other;

    IssueTrends(
            HazelcastInstance hazelcast,
            EntityManager entityManager,
            Clock clock,
            PlatformTransactionManager transactions,
            WorkingDesk working,
            DeskCopies copies) {
        this.working = working;
        this.other = copies.part("issue trend", IssueTrends::movesADay);
        this.trend = new RecountOnRead<>(hazelcast, "issue-trend", transactions, this::compute);
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The last two weeks' reported and closed issues per wilayah and post (public numbers). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IssueTrend trend() {
        // The held trend is the working desk's; any other desk's is counted for its reader.
        return working.actingInOtherDesk() ? other.get(trend::recountAlone) : trend.read();
    }

    private static boolean movesADay(LiveEvent event) {
        return event instanceof IssueChanged changed && MOVES_A_DAY.contains(changed.change());
    }

    @Override
    public void apply(LiveEvent event) {
        applyAll(List.of(event));
    }

    /** One change counted for a whole batch (the relay's, under a burst). */
    @Override
    public void applyAll(List<LiveEvent> events) {
        if (events.stream().anyMatch(IssueTrends::movesADay)) {
            trend.changed();
        }
    }

    @Override
    public void rebuild() {
        trend.rebuild();
    }

    @Override
    public boolean reconcile() {
        // A new day shifts the window without anything being wrong: only a difference within the
        // same window is a repair (which makes every view reload).
        return trend.reconcile((held, truth) -> !truth.firstDay().equals(held.firstDay())
                || (truth.byWilayah().equals(held.byWilayah()) && truth.byPost().equals(held.byPost())));
    }

    IssueTrend compute() {
        LocalDate first = Wib.today(clock).minusDays(IssueTrend.DAYS - 1L);
        Map<String, int[][]> byWilayah = new HashMap<>();
        Map<Long, int[][]> byPost = new HashMap<>();
        add(first, byWilayah, byPost, 0, "reportedDay");
        add(first, byWilayah, byPost, 1, "resolvedDay");
        return new IssueTrend(first, series(byWilayah), series(byPost), clock.instant());
    }

    private void add(
            LocalDate first, Map<String, int[][]> byWilayah, Map<Long, int[][]> byPost, int which, String dayField) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "select i.wilayahCode, i.poskoId, i." + dayField
                                + ", count(i) from Issue i where i." + dayField
                                + " >= :since group by i.wilayahCode, i.poskoId, i."
                                + dayField,
                        Object[].class)
                .setParameter("since", first)
                .getResultList();
        for (Object[] row : rows) {
            int day = (int) ChronoUnit.DAYS.between(first, (LocalDate) row[2]);
            if (day < 0 || day >= IssueTrend.DAYS) {
                continue;
            }
            int count = ((Number) row[3]).intValue();
            byWilayah.computeIfAbsent((String) row[0], k -> new int[2][IssueTrend.DAYS])[which][day] += count;
            byPost.computeIfAbsent(((Number) row[1]).longValue(), k -> new int[2][IssueTrend.DAYS])[which][day] +=
                    count;
        }
    }

    private static <K> Map<K, IssueTrend.Series> series(Map<K, int[][]> counts) {
        Map<K, IssueTrend.Series> result = new HashMap<>();
        Function<int[], List<Integer>> list = a -> Arrays.stream(a).boxed().toList();
        counts.forEach((k, c) -> result.put(k, new IssueTrend.Series(list.apply(c[0]), list.apply(c[1]))));
        return Map.copyOf(result);
    }
}
