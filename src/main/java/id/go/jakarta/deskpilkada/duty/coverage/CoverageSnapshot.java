package id.go.jakarta.deskpilkada.duty.coverage;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.cluster.SnapshotContributor;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.duty.DutyEvent;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.io.Serial;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage part of the live snapshot: one {@link PostCoverage} per post, recomputed from the
 * database after every duty event. A coverage only replaces one computed earlier, so two nodes
 * writing in the wrong order cannot bring back an older count.
 */
@Service
public class CoverageSnapshot implements SnapshotContributor {

    private final IMap<Long, PostCoverage> coverage;
    private final CoverageKeeper keeper;
    private final PoskoService posko;
    private final Object filling = new Object();
    private volatile boolean filledHere;

    private final WorkingDesk working;

    CoverageSnapshot(HazelcastInstance hazelcast, CoverageKeeper keeper, PoskoService posko, WorkingDesk working) {
        this.working = working;
        this.coverage = hazelcast.getMap(LiveSnapshots.mapName("duty-coverage"));
        this.keeper = keeper;
        this.posko = posko;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public void apply(LiveEvent event) {
        if (event instanceof DutyEvent duty) {
            putIfLater(keeper.compute(duty.poskoId()));
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void rebuild() {
        for (PoskoTile tile : posko.tiles()) {
            putIfLater(keeper.compute(tile.id()));
        }
        filledHere = true;
    }

    /** The other mode's coverage is not an older version of this one: decide and replace it. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void modeChanged() {
        for (PoskoTile tile : posko.tiles()) {
            keeper.decideAlone(tile.id());
            coverage.set(tile.id(), keeper.compute(tile.id()));
        }
    }

    /** Lets the watch decide first (a grace period may have run out), then compares. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean reconcile() {
        boolean repaired = false;
        for (PoskoTile tile : posko.tiles()) {
            keeper.decideAlone(tile.id());
            PostCoverage fresh = keeper.compute(tile.id());
            PostCoverage held = coverage.get(tile.id());
            if (held == null || !held.sameAs(fresh)) {
                putIfLater(fresh);
                repaired = true;
            }
        }
        return repaired;
    }

    /** Every post's coverage; a lost map is refilled from the database. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Map<Long, PostCoverage> all() {
        if (working.actingInOtherDesk()) {
            // The map holds the working desk: another desk's coverage is computed for its reader, now,
            // from that desk's shifts, roster and states as this node keeps them (CoverageKeeper).
            return keeper.computeAll(posko.tiles().stream().map(PoskoTile::id).toList());
        }
        // As the post tiles: a map another thread is still filling is not answered half-filled.
        if (!filledHere || coverage.isEmpty()) {
            synchronized (filling) {
                if (!filledHere || coverage.isEmpty()) {
                    rebuild();
                }
            }
        }
        return new HashMap<>(coverage);
    }

    private void putIfLater(PostCoverage fresh) {
        coverage.executeOnKey(fresh.poskoId(), new LaterCoverage(fresh));
    }

    /** Runs on the partition owner: keeps the coverage computed last. */
    private record LaterCoverage(PostCoverage fresh) implements EntryProcessor<Long, PostCoverage, Boolean> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean process(Map.Entry<Long, PostCoverage> entry) {
            PostCoverage current = entry.getValue();
            if (current == null || !current.computedAt().isAfter(fresh.computedAt())) {
                entry.setValue(fresh);
                return true;
            }
            return false;
        }
    }
}
