package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.situation.internal.WallSettings;
import id.go.jakarta.deskpilkada.situation.internal.WallSettingsRepository;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall playlists: the deployment's default, and a desk's own once its admin saves one (until
 * then the desk follows the default). Read by every wall, changed by ADMIN only (the deployment's
 * own admin the default, a desk's admin his desk's), checked before anything is saved.
 */
@Service
@Transactional(readOnly = true)
public class WallSettingsService {

    private static final long DEFAULT_ROW = 1;
    private final WallSettingsRepository settings;
    private final WorkingDesk working;
    private final ApplicationEventPublisher events;

    WallSettingsService(WallSettingsRepository settings, WorkingDesk working, ApplicationEventPublisher events) {
        this.settings = settings;
        this.working = working;
        this.events = events;
    }

    /** The acting desk's playlist: its own, else the deployment's default. */
    public WallPlaylist playlist() {
        return row().toPlaylist();
    }

    /**
     * True when the acting desk follows the deployment's default playlist (always, for the
     * deployment's own accounts, whose playlist is the default).
     */
    public boolean followsDefault() {
        return row().isDefault();
    }

    /**
     * Saves the playlist the admin edited: the deployment's admin the default, a desk's admin his
     * desk's own (the first save makes it, from what he saw). A playlist changed meanwhile is a
     * conflict.
     */
    @Transactional
    public WallPlaylist save(WallPlaylist wanted) {
        Long desk = ownDeskOfAdmin();
        check(wanted);
        WallSettings row = row();
        if (row.stamp() != wanted.version()) {
            throw DeskException.conflict("wall.settings.stale");
        }
        if (desk != null && row.isDefault()) {
            row = new WallSettings(desk, wanted);
        } else {
            row.update(wanted);
        }
        try {
            row = settings.saveAndFlush(row);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Changed, or made by another admin of the desk, a moment ago.
            throw DeskException.conflict("wall.settings.stale");
        }
        WallPlaylist saved = row.toPlaylist();
        events.publishEvent(new WallPlaylistChanged(saved.version()));
        return saved;
    }

    /** The desk's admin drops his desk's own playlist: its walls follow the default again. */
    @Transactional
    public WallPlaylist followDefault() {
        Long desk = ownDeskOfAdmin();
        if (desk == null) {
            throw DeskException.invalid("wall.settings.isDefault");
        }
        settings.findByDeskId(desk).ifPresent(own -> {
            settings.delete(own);
            settings.flush();
        });
        WallPlaylist now = row().toPlaylist();
        events.publishEvent(new WallPlaylistChanged(now.version()));
        return now;
    }

    /** The desk whose own playlist the acting ADMIN edits; null for the default (the deployment's admin). */
    private @Nullable Long ownDeskOfAdmin() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("wall.settings.forbidden");
        }
        return actor.deskId() == null ? null : working.acting();
    }

    private static void check(WallPlaylist p) {
        Set<WallPanelKind> seen = EnumSet.noneOf(WallPanelKind.class);
        for (WallPlaylist.Panel panel : p.panels()) {
            if (!seen.add(panel.kind())) {
                throw DeskException.invalid("wall.settings.duplicate");
            }
            if (panel.seconds() < WallPlaylist.MIN_SECONDS || panel.seconds() > WallPlaylist.MAX_SECONDS) {
                throw DeskException.invalid(
                        "wall.settings.seconds", WallPlaylist.MIN_SECONDS, WallPlaylist.MAX_SECONDS);
            }
        }
        if (p.postSeconds() < WallPlaylist.MIN_POST_SECONDS || p.postSeconds() > WallPlaylist.MAX_POST_SECONDS) {
            throw DeskException.invalid(
                    "wall.settings.postSeconds", WallPlaylist.MIN_POST_SECONDS, WallPlaylist.MAX_POST_SECONDS);
        }
        if (p.silenceMinutes() < WallPlaylist.MIN_SILENCE || p.silenceMinutes() > WallPlaylist.MAX_SILENCE) {
            throw DeskException.invalid("wall.settings.silence", WallPlaylist.MIN_SILENCE, WallPlaylist.MAX_SILENCE);
        }
        if (p.panels().stream().noneMatch(WallPlaylist.Panel::enabled) && !p.postPass()) {
            throw DeskException.invalid("wall.settings.empty");
        }
    }

    /** The acting desk's own playlist, else the default; the default for the deployment's own people. */
    private WallSettings row() {
        // The deployment's own accounts (no desk) edit and read the default; everyone and everything
        // acting in a desk (people, screens, the system's work there, walls built for nobody) reads
        // that desk's playlist.
        Actor actor = CurrentActor.find().orElse(null);
        if (actor == null || actor.deskId() != null) {
            Optional<WallSettings> own = settings.findByDeskId(working.acting());
            if (own.isPresent()) {
                return own.get();
            }
        }
        return settings.findById(DEFAULT_ROW)
                .orElseThrow(() -> new IllegalStateException("wall_settings row 1 is missing"));
    }
}
