package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import id.go.jakarta.deskpilkada.situation.WallModelService;
import java.util.Locale;

/** Keeps a wall element showing the node's current picture while its view is attached. */
final class WallBinding {

    private WallBinding() {
    }

    static void bind(Component view, WallElement wall, WallModelService pictures) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Locale locale = ui.getLocale();
            // The picture goes out by push right after the page, not inside its response: Vaadin
            // keeps each screen's last response, and a wall's would then hold a whole picture.
            Thread.ofVirtual().start(() -> {
                try {
                    ui.access(() -> wall.setModel(pictures.pictures().in(locale)));
                } catch (UIDetachedException gone) {
                    // closed before the first picture
                }
            });
            Runnable unsubscribe = pictures.subscribe(built -> {
                String json = built.in(locale);
                try {
                    ui.access(() -> wall.setModel(json));
                } catch (UIDetachedException gone) {
                    // the detach listener below unsubscribes
                }
            });
            view.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }
}
