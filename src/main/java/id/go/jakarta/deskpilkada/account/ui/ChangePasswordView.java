package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * A person replaces his own password. After signing in with a one-time password (a new account, a
 * reset) this is the only screen that opens ({@link PasswordChangeGate}) until he has; otherwise it
 * is reached from the key in the top bar. The session goes on with the new password; any other
 * session of the account ends.
 */
@Route(DeskUser.PASSWORD_ROUTE)
@RolesAllowed({"ADMIN", "PIMPINAN", "KETUA_POSKO", "PETUGAS", "FORKOPIMDA", "BAKESBANGPOL"})
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph due = new Paragraph();
    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Div error = new Div();
    final Button save = new Button();

    private final AccountService accounts;

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("password-view");
        setMaxWidth("30em");
        due.setText(getTranslation("password.due"));
        due.addClassName("dialog-error");
        due.setVisible(CurrentActor.passwordChangeDue());
        current.setLabel(getTranslation("password.current"));
        fresh.setLabel(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.rules", accounts.minPasswordLength()));
        confirmation.setLabel(getTranslation("password.confirm"));
        for (PasswordField field : new PasswordField[] {current, fresh, confirmation}) {
            field.setWidthFull();
        }
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("password.title")), due, current, fresh, confirmation, error, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }

    private void save() {
        try {
            accounts.changeOwnPassword(current.getValue(), fresh.getValue(), confirmation.getValue());
        } catch (DeskException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
            error.setVisible(true);
            return;
        }
        renewSignIn();
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("");
    }

    /**
     * The session's principal read afresh: the change is no longer due, and it counts as signed in
     * after the revocation that ended the account's other sessions.
     */
    private void renewSignIn() {
        DeskUser user =
                (DeskUser) accounts.loadUserByUsername(CurrentActor.require().username());
        Principals.install(user);
    }
}
