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
            wall.setModel(pictures.pictures().in(locale));
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
