package id.go.jakarta.deskpilkada.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.base.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsViewTests extends KaribuTest {

    @BeforeEach
    void openAsAdmin() {
        login("admin");
        UI.getCurrent().navigate("admin/pengguna");
    }

    @Test
    void an_admin_creates_a_post_chief_bound_to_his_post() {
        AccountsView view = _get(AccountsView.class);
        _click(view.add);
        NewAccountDialog dialog = _get(NewAccountDialog.class);
        String username = "ketua.uji" + System.nanoTime() % 100_000;
        _setValue(dialog.username, username);
        _setValue(dialog.displayName, "Ketua Uji Coba");
        _setValue(dialog.role, Role.KETUA_POSKO);
        assertThat(dialog.posko.isVisible()).isTrue();
        assertThat(dialog.unit.isVisible()).isFalse();
        _setValue(
                dialog.posko,
                dialog.posko
                        .getListDataView()
                        .getItems()
                        .filter(p -> p.code().equals("JAKTIM"))
                        .findFirst()
                        .orElseThrow());
        _setValue(dialog.password, "KataSandiPanjang1");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.grid.getGenericDataView().getItems().map(AccountInfo::username))
                .contains(username);
    }

    @Test
    void a_chief_without_a_post_is_explained_and_not_created() {
        AccountsView view = _get(AccountsView.class);
        long before = view.grid.getGenericDataView().getItems().count();
        _click(view.add);
        NewAccountDialog dialog = _get(NewAccountDialog.class);
        _setValue(dialog.username, "ketua.tanpaposko");
        _setValue(dialog.displayName, "Ketua Tanpa Posko");
        _setValue(dialog.role, Role.KETUA_POSKO);
        _setValue(dialog.password, "KataSandiPanjang1");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Peran ini harus terikat pada satu posko.");
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before);
    }
}
