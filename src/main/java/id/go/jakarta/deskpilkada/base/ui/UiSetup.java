package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.WallScreenCookie;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Per-session and per-UI set-up: the UI speaks Indonesian unless the user chose English (kept in a
 * cookie), and errors go to {@link ErrorHandling} instead of the default stack-trace notification.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final String WALL_RECONNECT_MILLIS = "1000";

    static final String LANGUAGE_COOKIE = "desk-lang";

    private final ErrorHandling errors;
    private final Messages messages;
    private final java.util.Map<String, CustomizedSystemMessages> systemMessages =
            new java.util.concurrent.ConcurrentHashMap<>();

    UiSetup(ErrorHandling errors, Messages messages) {
        this.errors = errors;
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setErrorHandler(errors);
            init.getSession().setLocale(languageOf(init.getRequest()));
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(ui.getSession().getLocale());
            ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("connection.lost"));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("connection.gaveUp"));
            if (VaadinService.getCurrentRequest() instanceof VaadinServletRequest request
                    && WallScreenCookie.isPresent(request)) {
                // A wall screen whose node died tries again after 1 s, not Atmosphere's 5 s: the
                // other node answers that the session is unknown and the screen reloads onto it.
                ui.getPushConfiguration().setParameter("reconnectInterval", WALL_RECONNECT_MILLIS);
            }
        });
        event.getSource()
                .setSystemMessagesProvider(info -> systemMessages(
                        info.getLocale(),
                        info.getRequest() instanceof VaadinServletRequest servlet
                                && WallScreenCookie.isPresent(servlet)));
    }

    /**
     * Vaadin's own texts (session expired, internal error) in the user's language. A wall screen
     * shows none of them: it reloads at once, and its device cookie signs it in again.
     */
    private CustomizedSystemMessages systemMessages(Locale locale, boolean wallScreen) {
        // Asked for every message Vaadin sends (each push to each wall): built once per kind.
        return systemMessages.computeIfAbsent(
                locale.toLanguageTag() + (wallScreen ? "/wall" : ""), key -> newSystemMessages(locale, wallScreen));
    }

    private CustomizedSystemMessages newSystemMessages(Locale locale, boolean wallScreen) {
        CustomizedSystemMessages texts = new CustomizedSystemMessages();
        if (wallScreen) {
            texts.setSessionExpiredNotificationEnabled(false);
            texts.setInternalErrorNotificationEnabled(false);
            texts.setCookiesDisabledNotificationEnabled(false);
        }
        texts.setSessionExpiredCaption(messages.getTranslation("session.expired.caption", locale));
        texts.setSessionExpiredMessage(messages.getTranslation("session.expired.message", locale));
        texts.setInternalErrorCaption(messages.getTranslation("error.title", locale));
        texts.setInternalErrorMessage(messages.getTranslation("session.internalError.message", locale));
        texts.setCookiesDisabledCaption(messages.getTranslation("session.cookies.caption", locale));
        texts.setCookiesDisabledMessage(messages.getTranslation("session.cookies.message", locale));
        return texts;
    }

    /** Switches this browser to another language and reloads the page in it. */
    static void switchLanguage(UI ui, Locale locale) {
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(locale);
        ui.getPage().reload();
    }

    private static Locale languageOf(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Languages.INDONESIAN;
        }
        return Arrays.stream(cookies)
                .filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> Languages.of(c.getValue()))
                .orElse(Languages.INDONESIAN);
    }
}
