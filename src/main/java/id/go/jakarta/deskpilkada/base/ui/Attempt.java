package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.util.function.Supplier;

/**
 * A change a person asked for on a screen: a refusal ({@link DeskException}) is told in his language
 * as an error notification and nothing is lost; the screen is redrawn either way, so it shows what
 * is true now (someone else's change included).
 */
public final class Attempt {

    private Attempt() {}

    /** True if the change went through. */
    public static boolean run(Supplier<?> change, Runnable redraw) {
        try {
            change.get();
            return true;
        } catch (DeskException e) {
            UI ui = UI.getCurrent();
            String text = ui == null ? e.messageKey() : ui.getTranslation(e.messageKey(), e.args());
            Notification.show(text, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            redraw.run();
        }
    }
}
