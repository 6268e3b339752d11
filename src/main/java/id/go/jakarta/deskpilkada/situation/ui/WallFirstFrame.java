package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.situation.WallModelService;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import java.security.Principal;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.springframework.stereotype.Component;

/**
 * The wall's page ({@code /layar}) carries the node's current picture and the screen's own panels,
 * so that the wall's script draws it as soon as it has been read, before Vaadin's client has
 * started and the push connection brought the first picture: the screen shows the wall about
 * half a second sooner (docs/PERFORMANCE.md, first paint). Vaadin's wall element takes over
 * from that frame with its first picture (desk-wall.js). Only for an account that may open the
 * wall ({@link WallView}'s roles); the page is never cached.
 */
@Component
class WallFirstFrame implements VaadinServiceInitListener {

    /** The id of the page's JSON element that desk-wall.js looks for. */
    static final String ELEMENT_ID = "desk-wall-first";

    private final WallModelService pictures;
    private final WallScreenService screens;
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    WallFirstFrame(WallModelService pictures, WallScreenService screens) {
        this.pictures = pictures;
        this.screens = screens;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addFirstFrame);
    }

    void addFirstFrame(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Principal principal = request.getUserPrincipal();
        if (!isWallPage(request.getPathInfo())
                || principal == null
                || !access.hasAccess(WallView.class, principal, request::isUserInRole)) {
            return;
        }
        response.getDocument()
                .body()
                .appendElement("script")
                .attr("type", "application/json")
                .id(ELEMENT_ID)
                .appendChild(new DataNode(firstFrame(principal.getName(), locale())));
    }

    /** {@code {"panels":[...],"model":{...}}}: the screen's own panels and the picture in its language. */
    String firstFrame(String principal, Locale locale) {
        String panels = WallElement.panelsJson(screens.panelsOf(principal));
        return scriptSafe(
                "{\"panels\":" + panels + ",\"model\":" + pictures.pictures().in(locale) + "}");
    }

    /**
     * JSON that cannot end the script element it stands in ({@code </script>} in a statement's
     * text): a {@code <} only occurs inside JSON strings, where {@code \u003c} means the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    static boolean isWallPage(String path) {
        return "/layar".equals(path) || "/layar/".equals(path);
    }

    private static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getLocale() != null ? session.getLocale() : Languages.INDONESIAN;
    }
}
