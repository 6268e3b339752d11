package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.situation.WallModelService;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a wall element showing the node's current picture while its view is attached. A wall
 * sends no requests of its own for minutes, so each picture also checks whether the screen (or
 * person) was revoked meanwhile, and then ends the session and reloads into the sign-in.
 */
final class WallBinding {

    private WallBinding() {
    }

    static void bind(Component view, WallElement wall, WallModelService pictures, AccountGuard guard) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Locale locale = ui.getLocale();
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            DeskUser viewer = auth != null && auth.getPrincipal() instanceof DeskUser user ? user : null;
            // The picture goes out by push right after the page, not inside its response: Vaadin
            // keeps each screen's last response, and a wall's would then hold a whole picture.
            Thread.ofVirtual().start(() -> show(ui, wall, pictures.pictures().in(locale)));
            Runnable unsubscribe = pictures.subscribe(built -> {
                if (viewer != null && guard.isRevoked(viewer)) {
                    signOut(ui);
                } else {
                    show(ui, wall, built.in(locale));
                }
            });
            view.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    private static void show(UI ui, WallElement wall, String picture) {
        try {
            ui.access(() -> wall.setModel(picture));
        } catch (UIDetachedException gone) {
            // closed meanwhile; the detach listener unsubscribes
        }
    }

    private static void signOut(UI ui) {
        try {
            ui.access(() -> {
                VaadinSession session = ui.getSession();
                ui.getPage().reload();
                session.getSession().invalidate();
            });
        } catch (UIDetachedException gone) {
            // already closed
        }
    }
}
