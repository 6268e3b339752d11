package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The overview's page ({@code /}) carries a first frame of it: the title, the election's stage and
 * every post's card with its alert grade, as the signed-in person's overview shows them now, drawn
 * by the browser from the page itself while Vaadin's client starts (about a second on two shared
 * cores; docs/PERFORMANCE.md, first paint). It is inert and hidden from assistive technology, and
 * gone as soon as the application's layout is in the page (styles.css). Only for an account that
 * may open the overview; a failure leaves the page as it was.
 */
@Component
class OverviewFirstFrame implements VaadinServiceInitListener {

    static final String ELEMENT_ID = "desk-first-frame";

    private static final Logger log = LoggerFactory.getLogger(OverviewFirstFrame.class);

    private final PoskoService posko;
    private final ElectionService elections;
    private final I18NProvider text;
    private final Clock clock;
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    OverviewFirstFrame(PoskoService posko, ElectionService elections, I18NProvider text, Clock clock) {
        this.posko = posko;
        this.elections = elections;
        this.text = text;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addFirstFrame);
    }

    void addFirstFrame(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Principal principal = request.getUserPrincipal();
        String path = request.getPathInfo();
        if (!isOverviewPage(path)
                || principal == null
                || !access.hasAccess(OverviewView.class, principal, request::isUserInRole)
                || CurrentActor.find().isEmpty()
                || CurrentActor.passwordChangeDue()) {
            return;
        }
        try {
            Element frame = frame(locale());
            response.getDocument().body().prependChild(frame);
        } catch (RuntimeException e) {
            // The page works without it: Vaadin draws the overview a moment later.
            log.debug("No first frame for the overview", e);
        }
    }

    /** The frame: a bar, the title, the stage line and the cards, with the overview's own classes. */
    Element frame(Locale locale) {
        Element frame = new Element("div").id(ELEMENT_ID).attr("inert", "").attr("aria-hidden", "true");
        frame.appendElement("div")
                .addClass("first-frame-bar")
                .appendElement("span")
                .addClass("app-title")
                .text(text.getTranslation("app.name", locale));
        Element content = frame.appendElement("div").addClass("first-frame-content");
        content.appendElement("h2").text(text.getTranslation("overview.title", locale));
        content.appendElement("span")
                .addClass("stage-line")
                .text(StageLine.of(elections, Wib.today(clock), text, locale));
        Element tiles = content.appendElement("div").addClass("posko-tiles");
        List<PoskoTile> all = posko.tiles();
        for (PoskoTile tile : all) {
            String level = tile.alertLevel().cssName();
            Element card = tiles.appendElement("div").addClass("posko-card").addClass("posko-card-" + level);
            Element head = card.appendElement("div").addClass("posko-card-head");
            head.appendElement("h3").text(tile.name());
            head.appendElement("span")
                    .addClass("alert-badge")
                    .addClass("alert-" + level)
                    .text(text.getTranslation(tile.alertLevel().labelKey(), locale));
            card.appendElement("span").addClass("posko-wilayah").text(tile.wilayahName());
            card.appendElement("p")
                    .addClass("posko-changed")
                    .text(
                            tile.alertChangedAt() != null && tile.alertChangedBy() != null
                                    ? text.getTranslation(
                                            "overview.changedBy",
                                            locale,
                                            tile.alertChangedBy(),
                                            Wib.dateTime(tile.alertChangedAt(), locale))
                                    : text.getTranslation("overview.neverChanged", locale));
            card.appendElement("p").addClass("posko-reason").text(tile.alertReason() == null ? "" : tile.alertReason());
            // Where the card's buttons will be, so that the cards keep their height when they come.
            card.appendElement("div").addClass("posko-card-actions").addClass("first-frame-actions");
        }
        return frame;
    }

    static boolean isOverviewPage(String path) {
        return path == null || path.isEmpty() || "/".equals(path);
    }

    private static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getLocale() != null ? session.getLocale() : Languages.INDONESIAN;
    }
}
