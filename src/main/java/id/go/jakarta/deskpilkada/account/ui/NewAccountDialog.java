package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import java.util.Arrays;
import java.util.List;

/** A new account; the post or agency field appears only for the roles bound to one. */
class NewAccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<PoskoTile> posko = new ComboBox<>();
    final ComboBox<UnitInfo> unit = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final Div error = new Div();
    final Button save = new Button();

    NewAccountDialog(AccountService accounts, List<PoskoTile> posts, List<UnitInfo> units, Runnable saved) {
        setHeaderTitle(getTranslation("accounts.add"));
        username.setLabel(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username.help"));
        displayName.setLabel(getTranslation("accounts.displayName"));
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Arrays.stream(Role.values()).filter(Role::isForPeople).toList());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        posko.setLabel(getTranslation("accounts.posko"));
        posko.setItems(posts);
        posko.setItemLabelGenerator(PoskoTile::name);
        unit.setLabel(getTranslation("accounts.unit"));
        unit.setItems(
                units.stream().filter(u -> u.kind() == UnitKind.FORKOPIMDA).toList());
        unit.setItemLabelGenerator(UnitInfo::shortName);
        password.setLabel(getTranslation("accounts.password"));
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        role.addValueChangeListener(e -> showBindings());
        showBindings();

        save.setText(getTranslation("alertDialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (role.getValue() == null) {
                showError(getTranslation("accounts.role.required"));
                return;
            }
            try {
                accounts.create(
                        new NewAccount(
                                username.getValue().strip(),
                                displayName.getValue(),
                                role.getValue(),
                                posko.isVisible() && posko.getValue() != null
                                        ? posko.getValue().id()
                                        : null,
                                unit.isVisible() && unit.getValue() != null
                                        ? unit.getValue().id()
                                        : null),
                        password.getValue());
                saved.run();
                close();
            } catch (DeskException ex) {
                showError(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add(new FormLayout(username, displayName, role, posko, unit, password), error);
        getFooter().add(new Button(getTranslation("alertDialog.cancel"), e -> close()), save);
    }

    private void showBindings() {
        Role r = role.getValue();
        posko.setVisible(r == Role.KETUA_POSKO || r == Role.PETUGAS);
        unit.setVisible(r == Role.FORKOPIMDA);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
