package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import jakarta.annotation.security.RolesAllowed;
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

    AccountsView(AccountService accounts, PoskoService posko, StaffService staff) {
        this.accounts = accounts;
        addClassName("accounts-view");
        setSizeFull();
        Map<Long, String> posts = posko.tiles().stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::name));
        Map<Long, String> units = staff.units().stream().collect(Collectors.toMap(UnitInfo::id, UnitInfo::shortName));

        grid.addColumn(AccountInfo::username).setHeader(getTranslation("accounts.username")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccountInfo::displayName).setHeader(getTranslation("accounts.displayName")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("accounts.role"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(a -> a.poskoId() != null ? posts.getOrDefault(a.poskoId(), "?")
                        : a.unitId() != null ? units.getOrDefault(a.unitId(), "?") : "")
                .setHeader(getTranslation("accounts.binding")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.status")).setAutoWidth(true);
        grid.addColumn(a -> Wib.dateTime(a.createdAt(), getLocale())).setHeader(getTranslation("accounts.created"))
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
        grid.setItems(accounts.list());
    }

    private HorizontalLayout actions(AccountInfo account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                e -> run(() -> accounts.setEnabled(account.id(), !account.enabled(), account.version())));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(getTranslation("accounts.resetPassword"),
                e -> new PasswordDialog(account.username(), password -> run(
                        () -> accounts.resetPassword(account.id(), password, account.version()))).open());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(toggle, reset);
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
