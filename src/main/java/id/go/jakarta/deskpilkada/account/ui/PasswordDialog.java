package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Predicate;

/** A new password for an account; closes when the change was accepted. */
class PasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button save = new Button();

    PasswordDialog(String username, Predicate<String> apply) {
        setHeaderTitle(getTranslation("accounts.resetPassword.title", username));
        password.setLabel(getTranslation("accounts.password"));
        password.setWidthFull();
        save.setText(getTranslation("alertDialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (apply.test(password.getValue())) {
                close();
            }
        });
        add(password);
        getFooter().add(new Button(getTranslation("alertDialog.cancel"), e -> close()), save);
    }
}
