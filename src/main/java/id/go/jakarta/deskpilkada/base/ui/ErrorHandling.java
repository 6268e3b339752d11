package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The last line of defence for a screen: a problem the user can act on is said in his language;
 * anything else is logged with an incident code and the user sees only that code.
 */
@Component
public class ErrorHandling implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final Messages FALLBACK = new Messages();

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        String message = describe(event.getThrowable(), ui);
        if (ui != null) {
            show(message);
        }
    }

    /** Shows a failure's text as an error notification on the current UI. */
    static void show(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * The user-facing text for a failure; unexpected failures are logged with an incident code.
     * Without a UI the text is in Indonesian.
     */
    public static String describe(Throwable failure, @Nullable UI ui) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof DeskException desk) {
                return translate(ui, desk.messageKey(), desk.args());
            }
            if (cause instanceof AccessDeniedException) {
                return translate(ui, "error.forbidden");
            }
            if (cause instanceof ObjectOptimisticLockingFailureException) {
                return translate(ui, "error.conflict");
            }
            cause = cause.getCause();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure, incident {}", incident, failure);
        return translate(ui, "error.unexpected", incident);
    }

    private static String translate(@Nullable UI ui, String key, Object... args) {
        return ui != null ? ui.getTranslation(key, args) : FALLBACK.getTranslation(key, Languages.INDONESIAN, args);
    }
}
