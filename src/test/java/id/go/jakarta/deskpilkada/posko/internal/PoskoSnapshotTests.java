package id.go.jakarta.deskpilkada.posko.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** This node's copy of the posts' tiles: read once, dropped on any change from any node. */
@SpringBootTest
@ActiveProfiles("test")
class PoskoSnapshotTests {

    @Autowired
    PoskoSnapshot snapshot;

    @Autowired
    HazelcastInstance hazelcast;

    @Test
    void the_tiles_are_read_from_the_cluster_once_until_another_node_changes_one() {
        List<PoskoTile> first = snapshot.all();
        assertThat(snapshot.all()).as("no change: the same copy").isSameAs(first);

        // Another node's reconciliation writes a newer tile straight into the map.
        IMap<Long, PoskoTile> tiles = hazelcast.getMap(LiveSnapshots.mapName("posko"));
        PoskoTile some = first.getLast();
        PoskoTile renamed = new PoskoTile(
                some.id(),
                some.code(),
                some.name() + " (uji)",
                some.level(),
                some.wilayahCode(),
                some.wilayahName(),
                some.address(),
                some.sortOrder(),
                some.alertLevel(),
                some.alertReason(),
                some.alertChangedBy(),
                some.alertChangedAt(),
                some.version(),
                some.active());
        try {
            tiles.set(some.id(), renamed);
            await().atMost(Duration.ofSeconds(5)).until(() -> snapshot.all().contains(renamed));
            assertThat(snapshot.all()).hasSameSizeAs(first).doesNotContain(some);
        } finally {
            tiles.set(some.id(), some);
            await().atMost(Duration.ofSeconds(5)).until(() -> snapshot.all().contains(some));
        }
    }
}
