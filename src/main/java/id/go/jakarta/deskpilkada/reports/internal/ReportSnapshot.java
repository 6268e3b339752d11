package id.go.jakarta.deskpilkada.reports.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import id.go.jakarta.deskpilkada.base.cluster.DeskCopies;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.cluster.SnapshotContributor;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.reports.ReportChanged;
import id.go.jakarta.deskpilkada.reports.ReportStatus;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports' part of the live snapshot: per post when it last submitted and last had a report
 * accepted, and which recent due times it has reported, so the wall's status costs no query.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class ReportSnapshot implements SnapshotContributor {

    /** One post's reporting; {@code reportedDues} holds due times from the horizon on. */
    public record PostReporting(
            @Nullable Instant lastSubmittedAt, @Nullable Instant lastAcceptedAt, List<Instant> reportedDues)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public static final PostReporting NONE = new PostReporting(null, null, List.of());

        PostReporting since(Instant horizon) {
            return new PostReporting(
                    lastSubmittedAt,
                    lastAcceptedAt,
                    reportedDues.stream().filter(d -> !d.isBefore(horizon)).toList());
        }
    }

    /** Due times older than this are of no interest to the wall (the look-back is shorter). */
    private static final Duration HORIZON = Duration.ofDays(2);

    private final IMap<Long, PostReporting> byPost;
    private final SituationReportRepository reports;
    private final ReportProperties properties;
    private final Clock clock;
    private final WorkingDesk working;
    /** Other desks' reporting, read again after a report of theirs changed. */
    private final DeskCopies.Part<Map<Long, PostReporting>> other;

    ReportSnapshot(
            HazelcastInstance hazelcast,
            SituationReportRepository reports,
            ReportProperties properties,
            Clock clock,
            WorkingDesk working,
            DeskCopies copies) {
        this.working = working;
        this.other = copies.part("reports", ReportChanged.class::isInstance);
        this.byPost = hazelcast.getMap(LiveSnapshots.mapName("reports"));
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    private Instant horizon() {
        Duration back = properties.lookback().compareTo(HORIZON) > 0
                ? properties.lookback().plusDays(1)
                : HORIZON;
        return clock.instant().minus(back);
    }

    @Override
    public void apply(LiveEvent event) {
        if (event instanceof ReportChanged changed) {
            byPost.set(changed.poskoId(), loadAll(horizon()).getOrDefault(changed.poskoId(), PostReporting.NONE));
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void rebuild() {
        byPost.putAll(loadAll(horizon()));
        byPost.set(0L, PostReporting.NONE);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void modeChanged() {
        byPost.clear();
        rebuild();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean reconcile() {
        Instant horizon = horizon();
        Map<Long, PostReporting> truth = loadAll(horizon);
        boolean repaired = false;
        for (Map.Entry<Long, PostReporting> post : truth.entrySet()) {
            PostReporting held = byPost.get(post.getKey());
            // Due times only age out of the horizon: that is no repair.
            if (held == null || !post.getValue().equals(held.since(horizon))) {
                byPost.set(post.getKey(), post.getValue());
                repaired |= held == null
                        || !Objects.equals(post.getValue().lastSubmittedAt(), held.lastSubmittedAt())
                        || !Objects.equals(post.getValue().lastAcceptedAt(), held.lastAcceptedAt())
                        || !post.getValue()
                                .reportedDues()
                                .equals(held.since(horizon).reportedDues());
            }
        }
        if (!byPost.containsKey(0L)) {
            byPost.set(0L, PostReporting.NONE);
        }
        return repaired;
    }

    /** Every post's reporting that has any; filled from the database when the cluster lost the map. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Map<Long, PostReporting> all() {
        if (working.actingInOtherDesk()) {
            // The map holds the working desk: another desk's reporting is read for its reader.
            return new HashMap<>(other.get(() -> Map.copyOf(loadAll(horizon()))));
        }
        if (!byPost.containsKey(0L)) {
            rebuild();
        }
        Map<Long, PostReporting> all = new HashMap<>(byPost);
        all.remove(0L);
        return all;
    }

    private Map<Long, PostReporting> loadAll(Instant horizon) {
        Map<Long, Instant> submitted = new HashMap<>();
        for (Object[] row : reports.lastSubmitted()) {
            submitted.put(((Number) row[0]).longValue(), (Instant) row[1]);
        }
        Map<Long, Instant> accepted = new HashMap<>();
        for (Object[] row : reports.lastReviewed(ReportStatus.ACCEPTED)) {
            accepted.put(((Number) row[0]).longValue(), (Instant) row[1]);
        }
        Map<Long, TreeSet<Instant>> dues = new HashMap<>();
        for (Object[] row : reports.submittedDuesSince(horizon)) {
            dues.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeSet<>())
                    .add((Instant) row[1]);
        }
        Map<Long, PostReporting> all = new HashMap<>();
        for (Long post : submitted.keySet()) {
            all.put(
                    post,
                    new PostReporting(
                            submitted.get(post),
                            accepted.get(post),
                            List.copyOf(dues.getOrDefault(post, new TreeSet<>()))));
        }
        return all;
    }
}
