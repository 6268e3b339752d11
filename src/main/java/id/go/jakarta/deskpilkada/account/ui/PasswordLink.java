package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.ui.LayoutAddOn;
import id.go.jakarta.deskpilkada.base.ui.MainLayout;
import org.springframework.stereotype.Component;

/** A key in every person's top bar that opens {@link ChangePasswordView}; no menu item. */
@Component
class PasswordLink implements LayoutAddOn {

    @Override
    public void attachTo(MainLayout layout, Actor actor) {
        if (actor.system() || !actor.role().isForPeople()) {
            return;
        }
        Button key = new Button(VaadinIcon.KEY.create());
        key.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        key.addClassName("navbar-password");
        key.setAriaLabel(layout.getTranslation("password.open"));
        key.setTooltipText(layout.getTranslation("password.open"));
        key.addClickListener(e -> key.getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        layout.addToNavbar(key);
    }
}
