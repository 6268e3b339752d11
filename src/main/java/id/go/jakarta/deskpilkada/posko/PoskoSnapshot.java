package id.go.jakarta.deskpilkada.posko;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.cluster.SnapshotContributor;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts' part of the live snapshot: one {@link PoskoTile} per post in a Hazelcast map,
 * shared by all nodes. A tile only ever replaces an older version of itself, so two nodes
 * refreshing the same post in the wrong order cannot bring back a stale picture.
 */
@Service
class PoskoSnapshot implements SnapshotContributor {

    private final IMap<Long, PoskoTile> tiles;
    private final PoskoRepository repository;
    private final WilayahService wilayah;

    PoskoSnapshot(HazelcastInstance hazelcast, PoskoRepository repository, WilayahService wilayah) {
        this.tiles = hazelcast.getMap(LiveSnapshots.mapName("posko"));
        this.repository = repository;
        this.wilayah = wilayah;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void apply(LiveEvent event) {
        if (event instanceof PoskoAlertLevelChanged changed) {
            repository.findById(changed.poskoId()).ifPresent(p -> putIfNewer(toTile(p, names())));
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void rebuild() {
        Map<String, WilayahArea> names = names();
        repository.findAll().forEach(p -> putIfNewer(toTile(p, names)));
    }

    /** All posts in display order; a cluster whose map was lost is refilled from the database. */
    @Transactional(readOnly = true)
    public List<PoskoTile> all() {
        if (tiles.isEmpty()) {
            rebuild();
        }
        return tiles.values().stream().sorted(Comparator.comparingInt(PoskoTile::sortOrder)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PoskoTile> get(long poskoId) {
        PoskoTile tile = tiles.get(poskoId);
        if (tile == null) {
            Optional<PoskoTile> loaded = repository.findById(poskoId).map(p -> toTile(p, names()));
            loaded.ifPresent(this::putIfNewer);
            return loaded;
        }
        return Optional.of(tile);
    }

    private void putIfNewer(PoskoTile tile) {
        while (true) {
            PoskoTile current = tiles.get(tile.id());
            if (current == null) {
                if (tiles.putIfAbsent(tile.id(), tile) == null) {
                    return;
                }
            } else if (current.version() >= tile.version() || tiles.replace(tile.id(), current, tile)) {
                return;
            }
        }
    }

    private Map<String, WilayahArea> names() {
        return wilayah.all();
    }

    private static PoskoTile toTile(Posko posko, Map<String, WilayahArea> names) {
        WilayahArea area = names.get(posko.wilayahCode());
        return posko.toTile(area != null ? area.shortName() : posko.wilayahCode());
    }
}
