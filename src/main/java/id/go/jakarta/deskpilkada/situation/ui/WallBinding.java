package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.ui.UiAccess;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.situation.WallModelService;
import id.go.jakarta.deskpilkada.situation.WallPictures;
import id.go.jakarta.deskpilkada.situation.WallScreenPanelsChanged;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * Keeps a wall element showing the node's current picture while its view is attached. A wall
 * sends no requests of its own for minutes, so each picture also checks whether the screen (or
 * person) was revoked meanwhile, and then ends the session and reloads into the sign-in.
 */
final class WallBinding {

    private WallBinding() {}

    /**
     * True when the acting person's or screen's desk holds no election of its own (the national
     * desk, DI Yogyakarta's): it has no situation to show, and its screens show its roll-up.
     */
    static boolean onlyRollsUp(DeskService desks) {
        Long desk = CurrentActor.require().deskId();
        return desk != null && desks.withIds(List.of(desk)).stream().noneMatch(DeskInfo::holdsElection);
    }

    static void bind(
            Component view,
            WallElement wall,
            WallModelService pictures,
            AccountGuard guard,
            WallScreenService screens,
            LiveEventBus bus) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Locale locale = ui.getLocale();
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            DeskUser viewer = auth != null && auth.getPrincipal() instanceof DeskUser user ? user : null;
            // A paired screen may have panels of its own; an ADMIN's change reaches it at once.
            String principal = viewer == null ? "" : viewer.actor().username();
            long screenId = WallScreenService.screenIdOf(principal);
            Runnable ownPanels = () -> {};
            if (screenId >= 0) {
                wall.setPanels(screens.panelsOf(principal));
                ownPanels = bus.subscribe(signal -> {
                    if (signal.concerns(
                            e -> e instanceof WallScreenPanelsChanged changed && changed.screenId() == screenId)) {
                        // Read in the screen's session: its desk, not the working desk of this thread.
                        UiAccess.run(ui, () -> wall.setPanels(screens.panelsOf(principal)));
                    }
                });
            }
            Runnable stopPanels = ownPanels;
            // The first picture goes out by push after the response, never inside it: Vaadin keeps
            // each screen's last response (to answer a repeated request), and a wall sends no
            // request for hours, so that response would hold a whole picture per screen. A task
            // queued before the response is built still lands in it (the response first runs the
            // waiting tasks); one queued from a response callback runs when the request lets go
            // of the session, and automatic push sends it.
            // Pictures are handed out on several threads: a screen never goes back to an older one.
            AtomicLong shown = new AtomicLong();
            ui.beforeClientResponse(view, context -> show(ui, wall, pictures.pictures(), locale, shown));
            // The screen holds another picture than the patch it got applies to: send it all again.
            Registration behind = wall.onBehind(event -> {
                WallPictures now = pictures.pictures();
                shown.set(now.sequence());
                wall.setModel(now.in(locale));
            });
            Runnable unsubscribe = pictures.subscribe(built -> {
                if (viewer != null && guard.isRevoked(viewer)) {
                    signOut(ui);
                } else {
                    show(ui, wall, built, locale, shown);
                }
            });
            view.addDetachListener(detach -> {
                unsubscribe.run();
                stopPanels.run();
                behind.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void show(UI ui, WallElement wall, WallPictures pictures, Locale locale, AtomicLong shown) {
        // A screen closed meanwhile is skipped; its detach listener unsubscribes it.
        UiAccess.run(ui, () -> {
            long has = shown.get();
            if (pictures.sequence() > has) {
                // What changed since the picture it has, when it has the one just before;
                // else (the first picture, or one skipped by a slow screen) the whole picture.
                JsonNode patch = has == pictures.sequence() - 1 ? pictures.patchIn(locale) : null;
                shown.set(pictures.sequence());
                if (patch != null) {
                    wall.applyPatch(patch);
                } else {
                    wall.setModel(pictures.in(locale));
                }
            }
        });
    }

    private static void signOut(UI ui) {
        UiAccess.run(ui, () -> {
            VaadinSession session = ui.getSession();
            ui.getPage().reload();
            session.getSession().invalidate();
        });
    }
}
