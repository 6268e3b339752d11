package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.WallScreenCookie;
import id.go.jakarta.deskpilkada.situation.WallScreenService;

/**
 * Pairing a wall screen, done once on the screen itself: the ADMIN types (or pastes) the device
 * token shown when the screen was registered. The token goes into an HttpOnly cookie and the
 * screen opens the wall; from then on it signs itself in, after restarts too.
 */
@Route(value = "layar/pasang", autoLayout = false)
@AnonymousAllowed
class PairScreenView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField token = new PasswordField();
    final Button pair = new Button();
    private final WallScreenService screens;

    PairScreenView(WallScreenService screens) {
        this.screens = screens;
        addClassName("pair-view");
        setAlignItems(Alignment.CENTER);
        token.setLabel(getTranslation("pair.token"));
        token.setWidth("min(40em, 90vw)");
        token.setRevealButtonVisible(true);
        pair.setText(getTranslation("pair.submit"));
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pair.addClickListener(e -> pair());
        add(new H1(getTranslation("pair.title")), new Paragraph(getTranslation("pair.help")), token, pair);
    }

    private void pair() {
        String value = token.getValue().strip();
        // The token may be of any desk's screen: it is looked up across desks.
        WallScreenService.Status status = CurrentActor.acrossDesks(() -> screens.check(value));
        if (status != WallScreenService.Status.ACTIVE
                || CurrentActor.acrossDesks(() -> screens.authenticate(value)).isEmpty()) {
            token.setInvalid(true);
            token.setErrorMessage(getTranslation(
                    status == WallScreenService.Status.EXPIRED
                            ? "screen.token.expired"
                            : status == WallScreenService.Status.REVOKED
                                    ? "screen.token.revoked"
                                    : "screen.token.invalid"));
            return;
        }
        VaadinServletRequest request = (VaadinServletRequest) VaadinService.getCurrentRequest();
        VaadinServletResponse response = (VaadinServletResponse) VaadinService.getCurrentResponse();
        response.addCookie(WallScreenCookie.pairing(value, request.isSecure()));
        // A full page load: the cookie signs the screen in before the wall opens.
        getUI().ifPresent(ui -> ui.getPage().setLocation(request.getContextPath() + "/layar"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pair.title") + " · " + getTranslation("app.name");
    }
}
