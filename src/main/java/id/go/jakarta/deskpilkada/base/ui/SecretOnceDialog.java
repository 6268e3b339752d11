package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a newly issued token (or one-time password) exactly once (it is stored only as a hash);
 * closing the dialog is the last chance to copy it.
 */
public class SecretOnceDialog extends Dialog {

    final TextField secret = new TextField();

    public SecretOnceDialog(String title, String explanation, String token) {
        this(title, explanation, token, "secret.token", "secret.once");
    }

    /**
     * @param labelKey   what the secret is (a token, a password), as a message key
     * @param warningKey that it is shown only this once, as a message key
     */
    public SecretOnceDialog(String title, String explanation, String token, String labelKey, String warningKey) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(46em, 95vw)");
        secret.setValue(token);
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("secret-once");
        secret.setLabel(getTranslation(labelKey));
        Paragraph warning = new Paragraph(getTranslation(warningKey));
        warning.addClassName("dialog-error");
        add(new Paragraph(explanation), secret, warning);
        Button done = new Button(getTranslation("secret.copied"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    public String token() {
        return secret.getValue();
    }
}
