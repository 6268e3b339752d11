package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An account's form, to create one or to change one (the username stays); the post or agency field
 * appears only for the roles bound to one. What the form saves is the caller's: the dialog closes
 * when it was accepted and shows the refusal otherwise.
 */
class AccountDialog extends Dialog {

    /** Saves the form; a refusal is thrown as a {@link DeskException}. */
    @FunctionalInterface
    interface Save {

        void save(NewAccount account);
    }

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<PoskoTile> posko = new ComboBox<>();
    final ComboBox<UnitInfo> unit = new ComboBox<>();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final Div error = new Div();
    final Button save = new Button();

    /**
     * @param account the account to change, or null for a new one
     */
    AccountDialog(@Nullable AccountInfo account, List<PoskoTile> posts, List<UnitInfo> units, Save action) {
        setHeaderTitle(
                account == null
                        ? getTranslation("accounts.add")
                        : getTranslation("accounts.edit.title", account.username()));
        setWidth("min(40em, 95vw)");
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
        // Retired agencies are not offered, except the one this account is still bound to.
        Long boundTo = account == null ? null : account.unitId();
        List<UnitInfo> agencies = units.stream()
                .filter(u -> u.kind() == UnitKind.FORKOPIMDA)
                .filter(u -> u.active() || Long.valueOf(u.id()).equals(boundTo))
                .toList();
        unit.setItems(agencies);
        unit.setItemLabelGenerator(
                u -> u.active() ? u.shortName() : getTranslation("accounts.unit.retiredLabel", u.shortName()));
        phone.setLabel(getTranslation("accounts.phone"));
        phone.setHelperText(getTranslation("accounts.phone.help"));
        email.setLabel(getTranslation("accounts.email"));
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        if (account != null) {
            username.setValue(account.username());
            username.setReadOnly(true);
            displayName.setValue(account.displayName());
            role.setValue(account.role());
            posts.stream()
                    .filter(p -> account.poskoId() != null && p.id() == account.poskoId())
                    .findFirst()
                    .ifPresent(posko::setValue);
            agencies.stream()
                    .filter(u -> account.unitId() != null && u.id() == account.unitId())
                    .findFirst()
                    .ifPresent(unit::setValue);
            phone.setValue(account.phone() == null ? "" : account.phone());
            email.setValue(account.email() == null ? "" : account.email());
        }
        role.addValueChangeListener(e -> showBindings());
        showBindings();

        save.setText(getTranslation("alertDialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(action));
        add(new FormLayout(username, displayName, role, posko, unit, phone, email), error);
        getFooter().add(new Button(getTranslation("alertDialog.cancel"), e -> close()), save);
    }

    private void save(Save action) {
        if (role.getValue() == null) {
            showError(getTranslation("accounts.role.required"));
            return;
        }
        try {
            action.save(new NewAccount(
                    username.getValue().strip(),
                    displayName.getValue(),
                    role.getValue(),
                    posko.isVisible() && posko.getValue() != null
                            ? posko.getValue().id()
                            : null,
                    unit.isVisible() && unit.getValue() != null
                            ? unit.getValue().id()
                            : null,
                    phone.getValue(),
                    email.getValue()));
            close();
        } catch (DeskException ex) {
            showError(getTranslation(ex.messageKey(), ex.args()));
        }
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
