package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import id.go.jakarta.deskpilkada.account.DeskChoice;
import id.go.jakarta.deskpilkada.account.DeskRoleService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.ui.LayoutAddOn;
import id.go.jakarta.deskpilkada.base.ui.MainLayout;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The desk a person works in, in every person's top bar when he may work in more than one
 * (docs/desks.md): the current desk's name opens the choice. A person given a role in another desk
 * is asked once after signing in; the deployment's own ADMIN works in the working desk until he
 * picks one. Switching reloads the whole page, so no screen ever mixes two desks.
 */
@Component
class DeskSwitcher implements LayoutAddOn {

    /** Set in the session once the person was asked which desk to work in. */
    static final String ASKED = DeskSwitcher.class.getName() + ".asked";

    private final DeskRoleService roles;

    DeskSwitcher(DeskRoleService roles) {
        this.roles = roles;
    }

    @Override
    public void attachTo(MainLayout layout, Actor actor) {
        if (actor.system() || !actor.role().isForPeople()) {
            return;
        }
        List<DeskChoice> choices = roles.choices();
        if (choices.size() < 2) {
            return;
        }
        String current = choices.stream()
                .filter(DeskChoice::current)
                .map(DeskChoice::deskName)
                .findFirst()
                .orElse(layout.getTranslation("desk.switch.working"));
        Button open = new Button(current, VaadinIcon.BUILDING_O.create());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("navbar-desk");
        open.setAriaLabel(layout.getTranslation("desk.switch.label", current));
        open.setTooltipText(layout.getTranslation("desk.switch.label", current));
        open.addClickListener(e -> chooser(layout, choices).open());
        layout.addToNavbar(open);
        VaadinSession session = VaadinSession.getCurrent();
        boolean bound = actor.deskId() != null;
        if (bound && session != null && session.getAttribute(ASKED) == null) {
            session.setAttribute(ASKED, Boolean.TRUE);
            chooser(layout, choices).open();
        }
    }

    /** The choice of desk; choosing another than the current one switches to it. */
    DeskChooser chooser(MainLayout layout, List<DeskChoice> choices) {
        return new DeskChooser(choices, chosen -> switchTo(layout, chosen));
    }

    private void switchTo(MainLayout layout, DeskChoice chosen) {
        DeskUser current = Principals.current();
        if (current == null) {
            return;
        }
        try {
            Principals.install(roles.switchTo(chosen.deskId(), current));
        } catch (DeskException e) {
            Notification.show(layout.getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        // A whole new page: every view is built again in the chosen desk.
        VaadinRequest request = VaadinRequest.getCurrent();
        String root = (request == null ? "" : request.getContextPath()) + "/";
        UI.getCurrent().getPage().setLocation(root);
    }
}
