package id.go.jakarta.deskpilkada.posko;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.internal.Posko;
import id.go.jakarta.deskpilkada.posko.internal.PoskoAlertChange;
import id.go.jakarta.deskpilkada.posko.internal.PoskoAlertChangeRepository;
import id.go.jakarta.deskpilkada.posko.internal.PoskoRepository;
import id.go.jakarta.deskpilkada.posko.internal.PoskoSnapshot;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The posts and their alert levels. Reads come from the live snapshot; changes are scoped by role. */
@Service
@Transactional(readOnly = true)
public class PoskoService {

    /** Longest reason accepted for an alert change (the column holds 500). */
    public static final int MAX_REASON = 500;

    private final PoskoRepository posts;
    private final PoskoAlertChangeRepository history;
    private final PoskoSnapshot snapshot;
    private final ApplicationEventPublisher events;
    private final ExerciseMode mode;
    private final Clock clock;

    PoskoService(
            PoskoRepository posts,
            PoskoAlertChangeRepository history,
            PoskoSnapshot snapshot,
            ApplicationEventPublisher events,
            ExerciseMode mode,
            Clock clock) {
        this.mode = mode;
        this.posts = posts;
        this.history = history;
        this.snapshot = snapshot;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The posts in service in display order (the central post first), from the live snapshot; no database
     * transaction, so a screen refresh costs no connection. The tiles name who last changed the
     * alert level: wall screens show their own projection without it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<PoskoTile> tiles() {
        return snapshot.active();
    }

    /**
     * Every post, retired ones too, in display order: for naming the post of old records (an issue,
     * a journal entry, an officer of a post since retired). Lists of posts to act on use {@link #tiles()}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<PoskoTile> allTiles() {
        return snapshot.all();
    }

    /** One post, a retired one too (old records still name it). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<PoskoTile> tile(long poskoId) {
        return snapshot.get(poskoId);
    }

    /** When each post last showed activity (from the live snapshot). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Map<Long, LastActivity> lastActivities() {
        return snapshot.lastActivities();
    }

    /** Leadership may change any post's alert level; a post chief only his own. */
    public boolean mayChangeAlert(Actor actor, long poskoId) {
        return actor.is(Role.PIMPINAN) || (actor.is(Role.KETUA_POSKO) && actor.belongsTo(poskoId));
    }

    /**
     * Changes a post's alert level for the signed-in actor.
     *
     * @param seenVersion the version of the post the actor was looking at; if somebody changed it
     *                    since, nothing is changed and a CONFLICT names who did
     */
    @Transactional
    public PoskoTile changeAlertLevel(long poskoId, AlertLevel level, String reason, long seenVersion) {
        Actor actor = CurrentActor.require();
        String why = reason.strip();
        if (why.isEmpty()) {
            throw DeskException.invalid("posko.alert.reason.empty");
        }
        if (why.length() > MAX_REASON) {
            throw DeskException.invalid("posko.alert.reason.tooLong", MAX_REASON);
        }
        Posko posko = posts.findById(poskoId)
                .orElseThrow(() -> DeskException.notFound("posko.notFound", String.valueOf(poskoId)));
        if (!mayChangeAlert(actor, poskoId)) {
            throw DeskException.forbidden("posko.alert.forbidden");
        }
        if (posko.version() != seenVersion) {
            throw stale(poskoId);
        }
        boolean exercise = mode.exercise();
        if (posko.alertLevel(exercise) == level) {
            throw DeskException.invalid("posko.alert.same");
        }
        AlertLevel from = posko.alertLevel(exercise);
        posko.changeAlert(level, why, actor.displayName(), clock.instant(), exercise);
        try {
            posts.saveAndFlush(posko);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(poskoId);
        }
        history.save(new PoskoAlertChange(poskoId, from, level, why, actor.displayName(), clock.instant()));
        events.publishEvent(new PoskoAlertLevelChanged(poskoId, posko.version(), actor.belongsTo(poskoId)));
        return snapshot.toTile(posko);
    }

    /** The latest alert changes of a post, newest first (they name people: not for wall screens). */
    public List<AlertHistoryEntry> alertHistory(long poskoId, int limit) {
        if (CurrentActor.require().is(Role.LAYAR)) {
            throw DeskException.forbidden("error.forbidden");
        }
        return history
                .findByPoskoIdOrderByChangedAtDescIdDesc(poskoId, PageRequest.of(0, Math.clamp(limit, 1, 500)))
                .stream()
                .map(PoskoAlertChange::toEntry)
                .toList();
    }

    /** The post changed since the actor looked; the snapshot is brought up to date for his reload. */
    private DeskException stale(long poskoId) {
        String by = snapshot.refresh(poskoId).map(PoskoTile::alertChangedBy).orElse(null);
        return DeskException.conflict("posko.alert.stale", by == null ? "-" : by);
    }
}
