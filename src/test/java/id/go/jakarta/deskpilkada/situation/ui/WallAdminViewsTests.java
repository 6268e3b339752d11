package id.go.jakarta.deskpilkada.situation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.ui.NotFoundView;
import id.go.jakarta.deskpilkada.base.ui.SecretOnceDialog;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.situation.WallPlaylist;
import id.go.jakarta.deskpilkada.situation.WallScreenInfo;
import id.go.jakarta.deskpilkada.situation.WallSettingsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WallAdminViewsTests extends KaribuTest {

    @Autowired
    WallSettingsService settings;

    @Autowired
    DeskService desks;

    @Autowired
    AccountService accounts;

    @Test
    void an_officer_cannot_open_the_wall_administration() {
        login("petugas.jakpus");
        for (String route : new String[] {"admin/layar", "admin/putaran", "admin/integrasi", "layar"}) {
            UI.getCurrent().navigate(route);
            _assertOne(NotFoundView.Denied.class);
        }
    }

    @Test
    void an_admin_registers_a_screen_and_sees_its_token_once() {
        login("admin");
        UI.getCurrent().navigate("admin/layar");
        WallScreensView view = _get(WallScreensView.class);
        String name = "Layar Balai Kota " + System.nanoTime() % 1000;
        _setValue(view.name, name);
        _click(view.pair);
        assertThat(_get(SecretOnceDialog.class).token()).startsWith("dpk_layar_");
        assertThat(view.grid.getGenericDataView().getItems().map(WallScreenInfo::name))
                .contains(name);
    }

    @Test
    void a_playlist_with_zero_seconds_is_explained_and_not_saved() {
        login("admin");
        WallPlaylist before = settings.playlist();
        UI.getCurrent().navigate("admin/putaran");
        WallPlaylistView view = _get(WallPlaylistView.class);
        _setValue(view.rows.getFirst().seconds, 0);
        _click(view.save);
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).isEqualTo("Lama tampil panel harus 5-600 detik.");
        _setValue(view.rows.getFirst().seconds, -3);
        _click(view.save);
        assertThat(view.error.getText()).isEqualTo("Lama tampil panel harus 5-600 detik.");
        assertThat(settings.playlist()).isEqualTo(before);
    }

    @Test
    void an_admin_changes_the_order_and_the_wall_follows() {
        login("admin");
        WallPlaylist before = settings.playlist();
        UI.getCurrent().navigate("admin/putaran");
        WallPlaylistView view = _get(WallPlaylistView.class);
        _setValue(view.rows.getLast().seconds, 12);
        _setValue(view.silence, 20);
        _click(view.save);
        assertThat(view.error.isVisible()).isFalse();
        WallPlaylist after = settings.playlist();
        assertThat(after.silenceMinutes()).isEqualTo(20);
        assertThat(after.panels().getLast().seconds()).isEqualTo(12);
        assertThat(after.version()).isGreaterThan(before.version());
    }

    @Test
    void a_desks_admin_saves_the_desks_own_playlist_and_goes_back_to_the_default() {
        long westJava = CurrentActor.asSystem(() -> desks.open("32")).id();
        String username = "putaran.jabar." + System.nanoTime() % 100000;
        CurrentActor.as(
                Actor.SYSTEM.inDesk(westJava),
                () -> accounts.create(
                        new NewAccount(username, "Admin Jabar", Role.ADMIN, null, null), "KataSandiPanjang1"));
        login("admin");
        UI.getCurrent().navigate("admin/putaran");
        assertThat(_get(WallPlaylistView.class).scope.getText()).startsWith("Putaran bawaan instalasi");

        login(username);
        UI.getCurrent().navigate("admin/putaran");
        WallPlaylistView view = _get(WallPlaylistView.class);
        assertThat(view.scope.getText()).startsWith("Desk ini mengikuti putaran bawaan");
        assertThat(view.followDefault.isVisible()).isFalse();
        _setValue(view.silence, 50);
        _click(view.save);
        assertThat(view.error.isVisible()).isFalse();
        assertThat(view.scope.getText()).isEqualTo("Putaran milik desk ini; desk lain tidak terpengaruh.");
        assertThat(CurrentActor.nobodyIn(westJava, settings::playlist).silenceMinutes())
                .isEqualTo(50);
        assertThat(CurrentActor.asSystem(settings::playlist).silenceMinutes()).isNotEqualTo(50);

        _click(view.followDefault);
        assertThat(view.scope.getText()).startsWith("Desk ini mengikuti putaran bawaan");
        assertThat(view.silence.getValue())
                .isEqualTo(CurrentActor.asSystem(settings::playlist).silenceMinutes());
    }
}
