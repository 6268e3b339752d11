package id.go.jakarta.deskpilkada.base.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Owner of the snapshot maps' life cycle. The first node of a fresh cluster loads every
 * contributor's part from the database; nodes that join later find the maps filled.
 */
@Component
public class LiveSnapshots {

    /** Every snapshot map's name starts with this (its configuration keeps one backup). */
    public static final String MAP_PREFIX = "desk-snapshot-";
    private static final Logger log = LoggerFactory.getLogger(LiveSnapshots.class);

    private final HazelcastInstance hazelcast;
    private final List<SnapshotContributor> contributors;

    LiveSnapshots(HazelcastInstance hazelcast, List<SnapshotContributor> contributors) {
        this.hazelcast = hazelcast;
        this.contributors = contributors;
    }

    /** The full name of a snapshot map. */
    public static String mapName(String shortName) {
        return MAP_PREFIX + shortName;
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
}
