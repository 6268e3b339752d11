package id.go.jakarta.deskpilkada.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.DeskChoice;
import id.go.jakarta.deskpilkada.account.DeskRoleInfo;
import id.go.jakarta.deskpilkada.account.DeskRoleService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeskRolesViewTests extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    DeskRoleService deskRoles;

    @Autowired
    DeskService desks;

    @Autowired
    WorkingDesk working;

    /** An account of West Java's desk (a province liaison); its username. */
    private String westJavaAccount() {
        long westJava = CurrentActor.asSystem(() -> desks.open("32")).id();
        String username = "jabar.uji." + UUID.randomUUID().toString().substring(0, 6);
        CurrentActor.as(
                Actor.SYSTEM.inDesk(westJava),
                () -> accounts.create(
                        new NewAccount(username, "Penghubung Jabar", Role.PIMPINAN, null, null), "KataSandiPanjang1"));
        return username;
    }

    @Test
    void an_admin_gives_a_person_of_another_desk_a_role_here_and_a_wrong_name_is_explained() {
        String username = westJavaAccount();
        login("admin");
        UI.getCurrent().navigate("admin/peran-desk");
        DeskRolesView view = _get(DeskRolesView.class);

        _setValue(view.username, "tidak.ada.orangnya");
        _click(view.grant);
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("Tidak ada akun dengan nama pengguna");

        _setValue(view.username, username);
        _setValue(view.role, Role.BAKESBANGPOL);
        _click(view.grant);
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(view.grid.getGenericDataView().getItems())
                .filteredOn(r -> r.username().equals(username))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.role()).isEqualTo(Role.BAKESBANGPOL);
                    assertThat(r.homeDesk()).isEqualTo("Jawa Barat");
                });
    }

    @Test
    void a_person_with_a_role_in_another_desk_is_asked_after_signing_in_and_switches_there() {
        String username = westJavaAccount();
        long jakarta = working.id();
        DeskRoleInfo granted = CurrentActor.as(
                new Actor("admin.dki", "Admin DKI", Role.ADMIN, null, null, null, false, jakarta),
                () -> deskRoles.grant(username, Role.PIMPINAN, null, null));
        assertThat(granted.homeDesk()).isEqualTo("Jawa Barat");

        login(username);
        // The test's sign-in loads two pages; a person's sign-in loads one, which asks.
        VaadinSession.getCurrent().setAttribute(DeskSwitcher.ASKED, null);
        UI.getCurrent().getPage().reload();
        DeskChooser chooser = _get(DeskChooser.class);
        assertThat(chooser.desk.getValue().current()).isTrue();
        DeskChoice jakartaDesk = chooser.desk
                .getGenericDataView()
                .getItems()
                .filter(c -> c.deskId() == jakarta)
                .findFirst()
                .orElseThrow();
        _setValue(chooser.desk, jakartaDesk);
        _click(chooser.go);

        DeskUser now = Principals.current();
        assertThat(now).isNotNull();
        assertThat(now.actor().deskId()).isEqualTo(jakarta);
        assertThat(now.actor().role()).isEqualTo(Role.PIMPINAN);
        // After the reload the top bar names the desk, and the person is not asked again.
        UI.getCurrent().getPage().reload();
        assertThat(_find(DeskChooser.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("navbar-desk")))
                .singleElement()
                .satisfies(b -> assertThat(b.getText()).isEqualTo("Daerah Khusus Ibukota Jakarta"));
    }
}
