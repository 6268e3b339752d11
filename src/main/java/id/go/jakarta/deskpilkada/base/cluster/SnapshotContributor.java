package id.go.jakarta.deskpilkada.base.cluster;

/**
 * A feature's part of the live snapshot held in Hazelcast maps. The relay calls {@link #apply}
 * after commit and before the event is published, so a receiver that reads the snapshot on an
 * event sees at least that change; {@link #rebuild} loads everything from the database.
 */
public interface SnapshotContributor {

    void apply(LiveEvent event);

    void rebuild();
}
