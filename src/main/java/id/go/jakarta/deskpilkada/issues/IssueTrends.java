package id.go.jakarta.deskpilkada.issues;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.cluster.SnapshotContributor;
import id.go.jakarta.deskpilkada.base.time.Wib;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-wilayah trend of the issues board, held in the live snapshot like {@link IssueCounts}:
 * recomputed after a commit that can move a day's numbers (an issue filed, closed, moved or
 * escalated), so every open board reads it from the cluster instead of asking the database.
 */
@Service
public class IssueTrends implements SnapshotContributor {

    private static final String KEY = "trend";
    private static final Set<TimelineKind> MOVES_A_DAY = Set.of(TimelineKind.DIBUAT, TimelineKind.STATUS,
            TimelineKind.DIUBAH, TimelineKind.ESKALASI);

    private final CoalescedRecompute recomputes = new CoalescedRecompute();
    private final IMap<String, IssueTrend> map;
    private final EntityManager entityManager;
    private final Clock clock;

    IssueTrends(HazelcastInstance hazelcast, EntityManager entityManager, Clock clock) {
        this.map = hazelcast.getMap(LiveSnapshots.mapName("issue-trend"));
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The last two weeks' reported and closed issues per wilayah and post (public numbers). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IssueTrend trend() {
        IssueTrend held = map.get(KEY);
        if (held == null) {
            rebuild();
            held = map.get(KEY);
        }
        return held == null ? compute() : held;
    }

    /** After commit, on the committing transaction's connection (see IssueSnapshot). */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void apply(LiveEvent event) {
        if (event instanceof IssueChanged changed && MOVES_A_DAY.contains(changed.change())) {
            recomputes.afterCommit(() -> map.set(KEY, compute()));
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void rebuild() {
        map.set(KEY, compute());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean reconcile() {
        IssueTrend truth = compute();
        IssueTrend held = map.get(KEY);
        map.set(KEY, truth);
        // A new day shifts the window without anything being wrong: only a difference within the
        // same window is a repair (which makes every view reload).
        return held != null && truth.firstDay().equals(held.firstDay())
                && (!truth.byWilayah().equals(held.byWilayah()) || !truth.byPost().equals(held.byPost()));
    }

    IssueTrend compute() {
        LocalDate first = Wib.today(clock).minusDays(IssueTrend.DAYS - 1L);
        Map<String, int[][]> byWilayah = new HashMap<>();
        Map<Long, int[][]> byPost = new HashMap<>();
        add(first, byWilayah, byPost, 0, "reportedDay");
        add(first, byWilayah, byPost, 1, "resolvedDay");
        return new IssueTrend(first, series(byWilayah), series(byPost), clock.instant());
    }

    private void add(LocalDate first, Map<String, int[][]> byWilayah, Map<Long, int[][]> byPost, int which,
                     String dayField) {
        List<Object[]> rows = entityManager.createQuery("select i.wilayahCode, i.poskoId, i." + dayField
                        + ", count(i) from Issue i where i." + dayField + " >= :since group by i.wilayahCode, i.poskoId, i."
                        + dayField, Object[].class)
                .setParameter("since", first)
                .getResultList();
        for (Object[] row : rows) {
            int day = (int) ChronoUnit.DAYS.between(first, (LocalDate) row[2]);
            if (day < 0 || day >= IssueTrend.DAYS) {
                continue;
            }
            int count = ((Number) row[3]).intValue();
            byWilayah.computeIfAbsent((String) row[0], k -> new int[2][IssueTrend.DAYS])[which][day] += count;
            byPost.computeIfAbsent(((Number) row[1]).longValue(), k -> new int[2][IssueTrend.DAYS])[which][day] += count;
        }
    }

    private static <K> Map<K, IssueTrend.Series> series(Map<K, int[][]> counts) {
        Map<K, IssueTrend.Series> result = new HashMap<>();
        Function<int[], List<Integer>> list = a -> Arrays.stream(a).boxed().toList();
        counts.forEach((k, c) -> result.put(k, new IssueTrend.Series(list.apply(c[0]), list.apply(c[1]))));
        return Map.copyOf(result);
    }
}
