package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.situation.internal.WallSettings;
import id.go.jakarta.deskpilkada.situation.internal.WallSettingsRepository;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wall playlist: read by every wall, changed by ADMIN only, checked before anything is saved. */
@Service
@Transactional(readOnly = true)
public class WallSettingsService {

    private static final long ROW = 1;
    private final WallSettingsRepository settings;
    private final ApplicationEventPublisher events;

    WallSettingsService(WallSettingsRepository settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    public WallPlaylist playlist() {
        return row().toPlaylist();
    }

    @Transactional
    public WallPlaylist save(WallPlaylist wanted) {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("wall.settings.forbidden");
        }
        if (!CurrentActor.require().deploymentWide()) {
            // One playlist for every desk's walls, until each desk has its own.
            throw DeskException.forbidden("desk.deploymentOnly");
        }
        check(wanted);
        WallSettings row = row();
        if (row.version() != wanted.version()) {
            throw DeskException.conflict("wall.settings.stale");
        }
        row.update(wanted);
        try {
            settings.saveAndFlush(row);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw DeskException.conflict("wall.settings.stale");
        }
        WallPlaylist saved = row.toPlaylist();
        events.publishEvent(new WallPlaylistChanged(saved.version()));
        return saved;
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

    private WallSettings row() {
        return settings.findById(ROW).orElseThrow(() -> new IllegalStateException("wall_settings row 1 is missing"));
    }
}
