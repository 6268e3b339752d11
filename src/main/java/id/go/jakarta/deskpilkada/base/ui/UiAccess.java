package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import org.jspecify.annotations.Nullable;

/**
 * The one way to change a screen from a thread that is not the screen's own (a background job, an
 * upload or download request, a live event): the change runs with the UI locked, now or as soon
 * as the UI is free, and is pushed to the browser.
 */
public final class UiAccess {

    private UiAccess() {}

    /**
     * Runs {@code command} on {@code ui}, or queues it until the UI is free.
     *
     * @return false if there is no UI or it is no longer attached (the command will never run)
     */
    public static boolean run(@Nullable UI ui, Command command) {
        if (ui == null) {
            return false;
        }
        try {
            ui.access(command);
            return true;
        } catch (UIDetachedException e) {
            // The person closed the tab or the session ended meanwhile. That is a normal end, not a
            // failure: whatever the work did is done all the same and there is nobody left to show
            // it to. The caller learns it from the result (to delete a file nobody will fetch).
            return false;
        }
    }
}
