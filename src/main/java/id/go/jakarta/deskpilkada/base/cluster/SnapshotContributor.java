package id.go.jakarta.deskpilkada.base.cluster;

import java.util.List;

/**
 * A feature's part of the live snapshot held in Hazelcast maps. The relay calls {@link #apply}
 * after commit and before the event is published, so a receiver that reads the snapshot on an
 * event sees at least that change. {@link #rebuild} loads everything from the database;
 * {@link #reconcile} runs every few seconds on every node and repairs what a failed update, a lost
 * partition or a split-brain merge left behind.
 */
public interface SnapshotContributor {

    void apply(LiveEvent event);

    /**
     * Several committed events at once, in commit order (the relay's batch under a burst). By
     * default each in turn; a part that recounts from the database does it once for all.
     */
    default void applyAll(List<LiveEvent> events) {
        events.forEach(this::apply);
    }

    void rebuild();

    /**
     * The desk entered or left exercise mode: the held part belongs to the other mode and is
     * replaced from the database, whatever its versions say. By default a {@link #rebuild}.
     */
    default void modeChanged() {
        rebuild();
    }

    /** Compares the snapshot with the database and repairs it; true if anything was wrong. */
    boolean reconcile();
}
