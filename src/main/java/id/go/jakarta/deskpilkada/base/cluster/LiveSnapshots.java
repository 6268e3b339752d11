package id.go.jakarta.deskpilkada.base.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Owner of the snapshot maps' life cycle. The first node of a fresh cluster loads every
 * contributor's part from the database; nodes that join later find the maps filled. Every node
 * reconciles the snapshot with the database every few seconds, after a split-brain merge and when a
 * member leaves (a node killed between its commit and its snapshot update), so a failed update or a
 * lost partition heals without anybody restarting anything.
 */
@Component
public class LiveSnapshots {

    /** Every snapshot map's name starts with this (its configuration keeps one backup). */
    public static final String MAP_PREFIX = "desk-snapshot-";

    private static final Logger log = LoggerFactory.getLogger(LiveSnapshots.class);

    private final HazelcastInstance hazelcast;
    private final List<SnapshotContributor> contributors;
    private final LiveEventBus bus;

    LiveSnapshots(HazelcastInstance hazelcast, List<SnapshotContributor> contributors, LiveEventBus bus) {
        this.hazelcast = hazelcast;
        this.contributors = contributors;
        this.bus = bus;
    }

    /** The full name of a snapshot map. */
    public static String mapName(String shortName) {
        return MAP_PREFIX + shortName;
    }

    @PostConstruct
    void watchMerges() {
        hazelcast.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.MERGED) {
                // The merge kept one side's entries; the database knows which changes happened.
                Thread.ofVirtual().start(() -> repair("cluster merged after a split"));
            }
        });
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // a joining node finds the maps filled
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                // What the node had committed but not yet put into the snapshot is in the database.
                // The views already reload for the member that left (LiveEventBus); they are told
                // again only if the reconciliation had something to repair.
                Thread.ofVirtual().start(LiveSnapshots.this::reconcileNow);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildIfClusterIsNew() {
        IMap<String, Serializable> meta = hazelcast.getMap(mapName("meta"));
        if (meta.putIfAbsent("built-at", Instant.now()) == null) {
            log.info("New cluster: loading the live snapshot from the database");
            rebuild();
        }
    }

    /** Reloads every part from the database. */
    public void rebuild() {
        contributors.forEach(SnapshotContributor::rebuild);
    }

    @Scheduled(
            fixedDelayString = "${desk.cluster.reconcile-interval:15s}",
            initialDelayString = "${desk.cluster.reconcile-interval:15s}")
    void reconcile() {
        if (hazelcast.getLifecycleService().isRunning()) {
            reconcileNow();
        }
    }

    /**
     * After this node entered or left exercise mode: every part is replaced with the new mode's data
     * and every view everywhere reloads.
     */
    public void modeChanged(String reason) {
        for (SnapshotContributor contributor : contributors) {
            try {
                contributor.modeChanged();
            } catch (RuntimeException e) {
                log.warn(
                        "Could not reload {} for the new mode",
                        contributor.getClass().getSimpleName(),
                        e);
            }
        }
        log.info("Live snapshot: {}", reason);
        bus.publish(new ControlEvents.SnapshotRepaired(reason));
    }

    /** Reconciles now; true if anything had to be repaired (every view then reloads). */
    public boolean reconcileNow() {
        return repair(null);
    }

    /**
     * Reconciles every part; if anything was repaired, or a reason is given, every view on every
     * node reloads and every node drops its copies of other desks' parts ({@link DeskCopies}). Give
     * a reason after rows were written without their services' events (by SQL: a bulk load, a
     * test's fixtures).
     */
    public boolean repair(@Nullable String reason) {
        boolean repaired = false;
        for (SnapshotContributor contributor : contributors) {
            try {
                repaired |= contributor.reconcile();
            } catch (RuntimeException e) {
                log.warn("Could not reconcile {}", contributor.getClass().getSimpleName(), e);
            }
        }
        if (repaired || reason != null) {
            String why = reason != null ? reason : "snapshot repaired from the database";
            log.info("Live snapshot: {}", why);
            bus.publish(new ControlEvents.SnapshotRepaired(why));
        }
        return repaired;
    }
}
