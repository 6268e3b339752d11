package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.account.AccountsChanged;
import id.go.jakarta.deskpilkada.account.DeskRoleInfo;
import id.go.jakarta.deskpilkada.account.DeskRoleService;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;

/**
 * People of other desks who hold a role in this desk (docs/desks.md): the ADMIN gives one by
 * username (a provincial liaison who also works here) and takes it away; the person then chooses
 * this desk after signing in or from the top bar.
 */
@Route("admin/peran-desk")
@Menu(order = 90.5, title = "nav.deskRoles")
@RolesAllowed("ADMIN")
class DeskRolesView extends VerticalLayout implements HasDynamicTitle {

    final TextField username = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<PoskoTile> post = new ComboBox<>();
    final ComboBox<UnitInfo> unit = new ComboBox<>();
    final Button grant = new Button();
    final Grid<DeskRoleInfo> grid = new Grid<>();
    private final DeskRoleService roles;
    private final PoskoService posko;
    private final StaffService staff;

    DeskRolesView(DeskRoleService roles, PoskoService posko, StaffService staff, LiveEventBus bus) {
        this.roles = roles;
        this.posko = posko;
        this.staff = staff;
        setSizeFull();
        username.setLabel(getTranslation("deskRoles.username"));
        username.setHelperText(getTranslation("deskRoles.username.help"));
        username.setMaxLength(60);
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(DeskRoleService.GRANTABLE.stream()
                .sorted(Comparator.comparing(Role::ordinal))
                .toList());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(Role.PIMPINAN);
        role.addValueChangeListener(e -> showBinding());
        post.setLabel(getTranslation("deskRoles.post"));
        post.setItemLabelGenerator(PoskoTile::name);
        unit.setLabel(getTranslation("deskRoles.unit"));
        unit.setItemLabelGenerator(UnitInfo::name);
        grant.setText(getTranslation("deskRoles.grant"));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.addClickListener(e -> grant());
        FormLayout form = new FormLayout(username, role, post, unit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        grid.addColumn(r -> r.displayName() + " (" + r.username() + ")")
                .setHeader(getTranslation("deskRoles.person"))
                .setAutoWidth(true);
        grid.addColumn(DeskRoleInfo::homeDesk)
                .setHeader(getTranslation("deskRoles.homeDesk"))
                .setAutoWidth(true);
        grid.addColumn(this::roleLabel)
                .setHeader(getTranslation("accounts.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> Wib.dateTime(r.grantedAt(), getLocale()) + " · " + r.grantedBy())
                .setHeader(getTranslation("deskRoles.granted"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button revoke = new Button(getTranslation("deskRoles.revoke"), e -> revoke(r));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        });
        grid.setSizeFull();
        add(
                new H2(getTranslation("deskRoles.title")),
                new Paragraph(getTranslation("deskRoles.intro")),
                form,
                grant,
                grid);
        showBinding();
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof AccountsChanged, this::refresh);
    }

    private void showBinding() {
        post.setVisible(role.getValue() == Role.KETUA_POSKO);
        unit.setVisible(role.getValue() == Role.FORKOPIMDA);
    }

    private String roleLabel(DeskRoleInfo r) {
        String label = getTranslation(r.role().labelKey());
        if (r.poskoId() != null) {
            label += " · " + posko.tile(r.poskoId()).map(PoskoTile::name).orElse("#" + r.poskoId());
        }
        if (r.unitId() != null) {
            label += " · " + staff.unit(r.unitId()).map(UnitInfo::shortName).orElse("#" + r.unitId());
        }
        return label;
    }

    private void grant() {
        username.setInvalid(false);
        try {
            DeskRoleInfo granted = roles.grant(
                    username.getValue(),
                    role.getValue(),
                    post.getValue() == null ? null : post.getValue().id(),
                    unit.getValue() == null ? null : unit.getValue().id());
            username.clear();
            refresh();
            Notification.show(
                            getTranslation(
                                    "deskRoles.granted.now",
                                    granted.displayName(),
                                    getTranslation(granted.role().labelKey())),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            username.setInvalid(true);
            username.setErrorMessage(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void revoke(DeskRoleInfo held) {
        try {
            roles.revoke(held.id(), held.version());
            Notification.show(
                            getTranslation("deskRoles.revoked", held.displayName()),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(roles.list());
        post.setItems(posko.tiles());
        unit.setItems(staff.units().stream().filter(UnitInfo::active).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deskRoles.title") + " · Desk Pilkada";
    }
}
