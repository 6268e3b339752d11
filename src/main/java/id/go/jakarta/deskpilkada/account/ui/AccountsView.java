package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Accounts: who may sign in, with which role, for which post or agency. */
@Route("admin/pengguna")
@Menu(order = 90, title = "nav.accounts")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AccountInfo> grid = new Grid<>();
    final Button add = new Button();

    private final AccountService accounts;
    private final StaffService staff;
    private Map<Long, OfficerInfo> officers = Map.of();

    AccountsView(AccountService accounts, PoskoService posko, StaffService staff) {
        this.accounts = accounts;
        this.staff = staff;
        addClassName("accounts-view");
        setSizeFull();
        Map<Long, String> posts = posko.tiles().stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::name));
        Map<Long, String> units = staff.units().stream().collect(Collectors.toMap(UnitInfo::id, UnitInfo::shortName));

        grid.addColumn(AccountInfo::username)
                .setHeader(getTranslation("accounts.username"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccountInfo::displayName)
                .setHeader(getTranslation("accounts.displayName"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().labelKey()))
                .setHeader(getTranslation("accounts.role"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> a.poskoId() != null
                        ? posts.getOrDefault(a.poskoId(), "?")
                        : a.unitId() != null ? units.getOrDefault(a.unitId(), "?") : "")
                .setHeader(getTranslation("accounts.binding"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.officerId() == null
                        ? ""
                        : officers.containsKey(a.officerId())
                                ? officers.get(a.officerId()).fullName()
                                : "#" + a.officerId())
                .setHeader(getTranslation("accounts.officer"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> Wib.dateTime(a.createdAt(), getLocale()))
                .setHeader(getTranslation("accounts.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setSizeFull();

        add.setText(getTranslation("accounts.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new NewAccountDialog(accounts, posko.tiles(), staff.units(), this::refresh).open());

        add(new HorizontalLayout(new H2(getTranslation("accounts.title")), add), grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }

    void refresh() {
        List<AccountInfo> list = accounts.list();
        Map<Long, OfficerInfo> byId = new HashMap<>();
        list.stream()
                .map(AccountInfo::poskoId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(p -> staff.officersOf(p).forEach(o -> byId.put(o.id(), o)));
        officers = byId;
        grid.setItems(list);
    }

    /** Links a post account to the officer it belongs to (for signing in to duty), or unlinks it. */
    void linkDialog(AccountInfo account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.officer.title", account.username()));
        ComboBox<OfficerInfo> officer = new ComboBox<>(getTranslation("accounts.officer"));
        officer.setItems(account.poskoId() == null ? List.of() : staff.officersOf(account.poskoId()));
        officer.setItemLabelGenerator(o -> o.fullName() + " · " + o.nip());
        officer.setClearButtonVisible(true);
        officer.setWidth("26rem");
        if (account.officerId() != null) {
            officer.setValue(officers.get(account.officerId()));
        }
        Button save = new Button(getTranslation("accounts.officer.save"), e -> {
            if (run(() -> accounts.linkOfficer(
                    account.id(),
                    officer.getValue() == null ? null : officer.getValue().id(),
                    account.version()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(officer);
        dialog.getFooter().add(new Button(getTranslation("dialog.close"), e -> dialog.close()), save);
        dialog.open();
    }

    private HorizontalLayout actions(AccountInfo account) {
        Button toggle = new Button(
                getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                e -> run(() -> accounts.setEnabled(account.id(), !account.enabled(), account.version())));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(
                getTranslation("accounts.resetPassword"),
                e -> new PasswordDialog(
                                account.username(),
                                password ->
                                        run(() -> accounts.resetPassword(account.id(), password, account.version())))
                        .open());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(toggle, reset);
        if (account.poskoId() != null) {
            Button link = new Button(getTranslation("accounts.officer"), e -> linkDialog(account));
            link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(link);
        }
        return actions;
    }

    /** Runs an account change; a refusal is shown and the grid reloaded either way. */
    private boolean run(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("accounts.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            refresh();
        }
    }
}
