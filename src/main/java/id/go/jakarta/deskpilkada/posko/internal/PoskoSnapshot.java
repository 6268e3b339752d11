package id.go.jakarta.deskpilkada.posko.internal;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import com.hazelcast.map.MapEvent;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.map.listener.MapClearedListener;
import id.go.jakarta.deskpilkada.base.cluster.DeskCopies;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.cluster.SnapshotContributor;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.posko.LastActivity;
import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;
import id.go.jakarta.deskpilkada.posko.PoskoAlertLevelChanged;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostsChanged;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.Serial;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts' part of the live snapshot: one {@link PoskoTile} per post in a Hazelcast map,
 * shared by all nodes. A tile only ever replaces an older version of itself (atomically, on the
 * partition owner), so two nodes refreshing the same post in the wrong order cannot bring back a
 * stale picture. Everything put into the map is read from committed data in a transaction of its
 * own, never from a caller's unfinished one.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class PoskoSnapshot implements SnapshotContributor {

    private final IMap<Long, PoskoTile> tiles;
    private final IMap<Long, LastActivity> activity;
    private final PoskoRepository repository;
    private final PoskoActivityRepository activities;
    private final WilayahService wilayah;
    private final ExerciseMode mode;
    private final WorkingDesk working;
    /** Other desks' posts and last activities, read again after an event of theirs that moves them. */
    private final DeskCopies.Part<List<PoskoTile>> otherTiles;

    private final DeskCopies.Part<Map<Long, LastActivity>> otherActivity;
    private final Object filling = new Object();
    private volatile boolean filledHere;
    /** How many posts the last fill found: posts are never deleted, so a map holding fewer lost some. */
    private volatile int filledPosts;
    /** This node's copy of all tiles in display order, valid while {@link #changes} is unchanged. */
    private final AtomicReference<Sorted> sorted = new AtomicReference<>();

    private final AtomicLong changes = new AtomicLong();
    private final LiveEventBus bus;
    private Runnable unsubscribe = () -> {};
    private @Nullable UUID listener;

    private record Sorted(long changes, List<PoskoTile> tiles, List<PoskoTile> active) {}

    /** Counts every change of the tiles map, made on any node. */
    private record AnyChange(AtomicLong changes)
            implements EntryAddedListener<Long, PoskoTile>,
                    EntryUpdatedListener<Long, PoskoTile>,
                    EntryRemovedListener<Long, PoskoTile>,
                    MapClearedListener {

        @Override
        public void entryAdded(EntryEvent<Long, PoskoTile> event) {
            changes.incrementAndGet();
        }

        @Override
        public void entryUpdated(EntryEvent<Long, PoskoTile> event) {
            changes.incrementAndGet();
        }

        @Override
        public void entryRemoved(EntryEvent<Long, PoskoTile> event) {
            changes.incrementAndGet();
        }

        @Override
        public void mapCleared(MapEvent event) {
            changes.incrementAndGet();
        }
    }

    PoskoSnapshot(
            HazelcastInstance hazelcast,
            PoskoRepository repository,
            PoskoActivityRepository activities,
            WilayahService wilayah,
            ExerciseMode mode,
            LiveEventBus bus,
            WorkingDesk working,
            DeskCopies copies) {
        this.mode = mode;
        this.otherTiles = copies.part("posts", e -> e instanceof PoskoAlertLevelChanged || e instanceof PostsChanged);
        this.otherActivity =
                copies.part("post activity", e -> e instanceof PoskoActivityEvent active && active.isActivity());
        this.working = working;
        this.bus = bus;
        this.tiles = hazelcast.getMap(LiveSnapshots.mapName("posko"));
        this.activity = hazelcast.getMap(LiveSnapshots.mapName("posko-activity"));
        this.repository = repository;
        this.activities = activities;
        this.wilayah = wilayah;
    }

    /**
     * The copy of all tiles is dropped on any change of the map (from any node) and, before any
     * view hears of it, on an alert change or a resynchronisation arriving from the cluster: the
     * map is updated before an event is published, so a view reading after the event reads the
     * map again.
     */
    @PostConstruct
    void watchChanges() {
        listener = tiles.addEntryListener(new AnyChange(changes), false);
        unsubscribe = bus.subscribeFirst(signal -> {
            if (signal.concerns(e -> e instanceof PoskoAlertLevelChanged || e instanceof PostsChanged)) {
                changes.incrementAndGet();
            }
        });
    }

    @PreDestroy
    void stopWatching() {
        unsubscribe.run();
        try {
            if (listener != null) {
                tiles.removeEntryListener(listener);
            }
        } catch (RuntimeException e) {
            // Hazelcast already down
        }
    }

    /**
     * Runs after commit in the committing thread, on that transaction's still-open connection (the
     * data is committed): taking a second connection here would starve the pool under load.
     */
    @Override
    public void apply(LiveEvent event) {
        if (event instanceof PoskoAlertLevelChanged changed) {
            repository.findById(changed.poskoId()).ifPresent(p -> putIfNewer(toTile(p)));
        }
        if (event instanceof PostsChanged changed) {
            changed.poskoIds().forEach(id -> repository.findById(id).ifPresent(p -> putIfNewer(toTile(p))));
        }
        if (event instanceof PoskoActivityEvent active) {
            activities.findByPoskoId(active.poskoId()).ifPresent(this::putIfLater);
        }
    }

    /** A batch: each post read once, however many of its events the batch holds. */
    @Override
    public void applyAll(List<LiveEvent> events) {
        Set<Long> alerted = new LinkedHashSet<>();
        Set<Long> active = new LinkedHashSet<>();
        for (LiveEvent event : events) {
            if (event instanceof PoskoAlertLevelChanged changed) {
                alerted.add(changed.poskoId());
            }
            if (event instanceof PostsChanged changed) {
                alerted.addAll(changed.poskoIds());
            }
            if (event instanceof PoskoActivityEvent activityEvent) {
                active.add(activityEvent.poskoId());
            }
        }
        alerted.forEach(id -> repository.findById(id).ifPresent(p -> putIfNewer(toTile(p))));
        active.forEach(id -> activities.findByPoskoId(id).ifPresent(this::putIfLater));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void rebuild() {
        List<Posko> posts = repository.findAll();
        posts.forEach(p -> putIfNewer(toTile(p)));
        filledPosts = posts.size();
        activities.findAll().forEach(this::putIfLater);
        filledHere = true;
        // A copy another reader took from the map before it was refilled is outdated now.
        changes.incrementAndGet();
    }

    /** Another mode's tiles and last activities are not older versions of these: replace them all. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void modeChanged() {
        List<Posko> posts = repository.findAll();
        posts.forEach(p -> tiles.set(p.id(), toTile(p)));
        // After the working desk changed, the other desk's posts leave the picture.
        Set<Long> current = posts.stream().map(Posko::id).collect(Collectors.toSet());
        tiles.keySet().stream().filter(id -> !current.contains(id)).forEach(tiles::delete);
        filledPosts = posts.size();
        changes.incrementAndGet();
        activity.clear();
        activities.findAll().forEach(this::putIfLater);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean reconcile() {
        boolean repaired = false;
        for (PoskoActivity recorded : activities.findAll()) {
            LastActivity held = activity.get(recorded.poskoId());
            if (recorded.recorded()
                    && (held == null || held.at().isBefore(recorded.toInfo().at()))) {
                putIfLater(recorded);
                repaired = true;
            }
        }
        for (Posko posko : repository.findAll()) {
            PoskoTile current = tiles.get(posko.id());
            if (current == null || current.version() < posko.version()) {
                putIfNewer(toTile(posko));
                repaired = true;
            } else if (current.version() > posko.version()
                    && repository.currentVersion(posko.id()) < current.version()) {
                // Newer than the database even on a fresh read: never committed. The database wins.
                tiles.set(posko.id(), toTile(posko));
                changes.incrementAndGet();
                repaired = true;
            }
        }
        return repaired;
    }

    /** Reloads one post from the database, e.g. after a caller found the snapshot behind. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<PoskoTile> refresh(long poskoId) {
        Optional<PoskoTile> fresh = repository.findById(poskoId).map(this::toTile);
        if (!working.actingInOtherDesk()) {
            fresh.ifPresent(this::putIfNewer);
        }
        return fresh;
    }

    /** The posts in service (not retired) in display order. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<PoskoTile> active() {
        if (working.actingInOtherDesk()) {
            return otherTiles.get(this::fromDatabase).stream()
                    .filter(PoskoTile::active)
                    .toList();
        }
        List<PoskoTile> all = all();
        Sorted copy = sorted.get();
        return copy != null && copy.tiles() == all
                ? copy.active()
                : all.stream().filter(PoskoTile::active).toList();
    }

    /** All posts, retired ones too, in display order; a cluster whose map was lost is refilled from the database. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<PoskoTile> all() {
        if (working.actingInOtherDesk()) {
            return otherTiles.get(this::fromDatabase);
        }
        Sorted copy = sorted.get();
        if (filledHere && copy != null && copy.changes() == changes.get()) {
            return copy.tiles();
        }
        // Until this node has filled the map once itself, a map that is not empty may be one
        // another thread is filling right now (at start-up): fill it here, whole, before answering.
        // A map that lost entries (a partition lost, or cleared) and then got one tile back from an
        // event holds fewer tiles than posts exist: refill it too, not only an empty one.
        if (!filledHere || tiles.size() < filledPosts) {
            synchronized (filling) {
                if (!filledHere || tiles.size() < filledPosts) {
                    rebuild();
                }
            }
        }
        long seen = changes.get();
        List<PoskoTile> all = sortedTiles();
        if (all.size() < filledPosts) {
            // The map lost entries while it was read (cleared, a partition lost): refill it and read
            // again, rather than answer, or keep as the current copy, a picture with posts missing.
            synchronized (filling) {
                rebuild();
            }
            seen = changes.get();
            all = sortedTiles();
        }
        if (all.size() >= filledPosts) {
            // Counted before reading: a change during the read leaves this copy already outdated.
            sorted.set(
                    new Sorted(seen, all, all.stream().filter(PoskoTile::active).toList()));
        }
        return all;
    }

    private List<PoskoTile> sortedTiles() {
        return tiles.values().stream()
                .sorted(Comparator.comparingInt(PoskoTile::sortOrder))
                .toList();
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<PoskoTile> get(long poskoId) {
        if (working.actingInOtherDesk()) {
            return repository.findById(poskoId).map(this::toTile);
        }
        PoskoTile tile = tiles.get(poskoId);
        if (tile != null) {
            return Optional.of(tile);
        }
        // Not in a transaction here: the repository reads committed data in one of its own.
        Optional<PoskoTile> loaded = repository.findById(poskoId).map(this::toTile);
        loaded.ifPresent(this::putIfNewer);
        return loaded;
    }

    /** Each post's last activity, where one was recorded. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Map<Long, LastActivity> lastActivities() {
        if (working.actingInOtherDesk()) {
            return otherActivity.get(() -> activities.findAll().stream()
                    .filter(PoskoActivity::recorded)
                    .collect(Collectors.toUnmodifiableMap(PoskoActivity::poskoId, PoskoActivity::toInfo)));
        }
        return Map.copyOf(activity);
    }

    /**
     * The acting desk's posts read from the database, in display order: the map holds the working
     * desk only (docs/desks.md), so another desk's reader neither reads it nor fills it; this node
     * keeps the result until that desk's posts change ({@link DeskCopies}).
     */
    private List<PoskoTile> fromDatabase() {
        return repository.findAll().stream()
                .map(this::toTile)
                .sorted(Comparator.comparingInt(PoskoTile::sortOrder))
                .toList();
    }

    public PoskoTile toTile(Posko posko) {
        WilayahArea area = wilayah.find(posko.wilayahCode()).orElse(null);
        return posko.toTile(area != null ? area.shortName() : posko.wilayahCode(), mode.exercise());
    }

    private void putIfNewer(PoskoTile tile) {
        tiles.executeOnKey(tile.id(), new NewerTile(tile));
        changes.incrementAndGet();
    }

    private void putIfLater(PoskoActivity recorded) {
        if (!recorded.recorded()) {
            return;
        }
        activity.executeOnKey(recorded.poskoId(), new LaterActivity(recorded.toInfo()));
    }

    /** Runs on the partition owner: keeps the later of two activity records. */
    private record LaterActivity(LastActivity last) implements EntryProcessor<Long, LastActivity, Boolean> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean process(Map.Entry<Long, LastActivity> entry) {
            LastActivity current = entry.getValue();
            if (current == null || current.at().isBefore(last.at())) {
                entry.setValue(last);
                return true;
            }
            return false;
        }
    }

    /** Runs on the partition owner: replaces the tile only with a newer version of it. */
    private record NewerTile(PoskoTile tile) implements EntryProcessor<Long, PoskoTile, Boolean> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean process(Map.Entry<Long, PoskoTile> entry) {
            PoskoTile current = entry.getValue();
            if (current == null || current.version() < tile.version()) {
                entry.setValue(tile);
                return true;
            }
            return false;
        }
    }
}
