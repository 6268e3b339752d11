package id.go.jakarta.deskpilkada.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.SecretOnceDialog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountsViewTests extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void openAsAdmin() {
        login("admin");
        UI.getCurrent().navigate("admin/pengguna");
    }

    @Test
    void an_admin_creates_a_post_chief_bound_to_his_post_and_sees_the_one_time_password_once() {
        AccountsView view = _get(AccountsView.class);
        _click(view.add);
        AccountDialog dialog = _get(AccountDialog.class);
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
        _setValue(dialog.phone, "0812 3456 7890");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        SecretOnceDialog shown = _get(SecretOnceDialog.class);
        assertThat(shown.getHeaderTitle()).isEqualTo("Pengguna " + username + " dibuat");
        DeskUser created = (DeskUser) accounts.loadUserByUsername(username);
        assertThat(encoder.matches(shown.token(), created.getPassword())).isTrue();
        assertThat(created.passwordChangeDue()).isTrue();
        AccountInfo row = row(view, username);
        assertThat(row.phone()).isEqualTo("081234567890");
        assertThat(status(view, username)).isEqualTo("Aktif · Wajib ganti sandi");
    }

    @Test
    void a_chief_without_a_post_is_explained_and_not_created() {
        AccountsView view = _get(AccountsView.class);
        long before = view.grid.getGenericDataView().getItems().count();
        _click(view.add);
        AccountDialog dialog = _get(AccountDialog.class);
        _setValue(dialog.username, "ketua.tanpaposko");
        _setValue(dialog.displayName, "Ketua Tanpa Posko");
        _setValue(dialog.role, Role.KETUA_POSKO);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Peran ini harus terikat pada satu posko.");
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before);
        assertThat(_find(SecretOnceDialog.class)).isEmpty();
    }

    @Test
    void an_admin_edits_an_accounts_contact_and_a_stale_edit_is_refused_with_a_reason() {
        AccountsView view = _get(AccountsView.class);
        String username = created("ubah");
        AccountInfo shown = row(view, username);
        AccountDialog dialog = new AccountDialog(
                shown, List.of(), List.of(), changed -> accounts.update(shown.id(), shown.version(), changed));
        dialog.open();
        assertThat(dialog.username.isReadOnly()).isTrue();
        _setValue(dialog.email, "ubah@jakarta.go.id");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        view.refresh();
        assertThat(row(view, username).email()).isEqualTo("ubah@jakarta.go.id");

        // The same form again, on the version seen before the first save.
        AccountDialog stale = new AccountDialog(
                shown, List.of(), List.of(), changed -> accounts.update(shown.id(), shown.version(), changed));
        stale.open();
        _setValue(stale.displayName, "Nama Lain");
        _click(stale.save);
        assertThat(stale.isOpened()).isTrue();
        assertThat(stale.error.getText())
                .isEqualTo("Data pengguna ini baru saja diubah orang lain. Muat ulang lalu coba lagi.");
    }

    @Test
    void a_reset_asks_first_then_shows_the_new_one_time_password_once() {
        AccountsView view = _get(AccountsView.class);
        String username = created("atur");
        view.resetDialog(row(view, username));
        Dialog confirm = _get(Dialog.class, spec -> spec.withPredicate(Dialog::isOpened));
        _click(_get(confirm, Button.class, spec -> spec.withText("Atur ulang sandi")));

        SecretOnceDialog shown = _get(SecretOnceDialog.class);
        assertThat(shown.getHeaderTitle()).isEqualTo("Sandi awal baru untuk " + username);
        DeskUser user = (DeskUser) accounts.loadUserByUsername(username);
        assertThat(encoder.matches(shown.token(), user.getPassword())).isTrue();
        assertThat(user.passwordChangeDue()).isTrue();
    }

    @Test
    void a_locked_account_shows_until_when_and_the_admin_unlocks_it_from_its_row() {
        AccountsView view = _get(AccountsView.class);
        String username = created("kunci");
        for (int i = 0; i < 5; i++) {
            context.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "salah"),
                    new BadCredentialsException("salah")));
        }
        view.refresh();
        assertThat(status(view, username)).matches("Aktif · Terkunci sampai \\d\\d:\\d\\d WIB · Wajib ganti sandi");

        HorizontalLayout actions =
                (HorizontalLayout) GridKt._getCellComponent(view.grid, index(view, username), "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Buka kunci")));

        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
        assertThat(status(view, username)).isEqualTo("Aktif · Wajib ganti sandi");
        HorizontalLayout after =
                (HorizontalLayout) GridKt._getCellComponent(view.grid, index(view, username), "actions");
        assertThat(_find(after, Button.class, spec -> spec.withText("Buka kunci")))
                .isEmpty();
    }

    @Test
    void an_account_file_creates_accounts_and_offers_their_one_time_passwords_once_as_a_file() {
        AccountsView view = _get(AccountsView.class);
        String tag = Long.toString(System.nanoTime(), 36);
        String csv = "username;nama;peran;posko;instansi\n"
                + "berkas.satu." + tag + ";Petugas Satu;Petugas;JAKPUS;\n"
                + "berkas.dua." + tag + ";Penghubung Dua;Forkopimda;;KEJATI\n";

        view.upload.start(UI.getCurrent(), csv.getBytes(StandardCharsets.UTF_8), "pengguna.csv");

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue();
            return !_find(InitialPasswordsDialog.class).isEmpty();
        });
        NotificationsKt.expectNotifications("2 pengguna diimpor: 2 baru, 0 diperbarui, 0 tanpa perubahan.");
        InitialPasswordsDialog dialog = _get(InitialPasswordsDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Sandi awal 2 pengguna baru");
        assertThat(view.grid.getGenericDataView().getItems().map(AccountInfo::username))
                .contains("berkas.satu." + tag, "berkas.dua." + tag);

        _click(dialog.csv);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(dialog.offer.ready()).isNotNull();
        });
        FileOffer.File file = dialog.offer.ready();
        assertThat(file.name()).isEqualTo("sandi-awal.csv");
        List<String> lines = new String(file.content(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .lines()
                .toList();
        assertThat(lines.getFirst()).isEqualTo("username;nama;peran;posko;instansi;sandi_awal");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("berkas.satu." + tag + ";Petugas Satu;PETUGAS;JAKPUS;;");
        assertThat(lines.get(2)).startsWith("berkas.dua." + tag + ";Penghubung Dua;FORKOPIMDA;;KEJATI;");
        for (String line : lines.subList(1, 3)) {
            String[] cells = line.split(";");
            DeskUser user = (DeskUser) accounts.loadUserByUsername(cells[0]);
            assertThat(encoder.matches(cells[5], user.getPassword())).isTrue();
        }

        _click(dialog.done);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(InitialPasswordsDialog.class)).isEmpty();
    }

    @Test
    void an_admin_exports_the_accounts_as_a_file_without_passwords() {
        AccountsView view = _get(AccountsView.class);
        _click(view.exportXlsx);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.exported.ready()).isNotNull();
        });
        assertThat(view.exported.ready().name()).isEqualTo("pengguna.xlsx");
    }

    private String created(String prefix) {
        String username = prefix + "." + Long.toString(System.nanoTime(), 36);
        accounts.create(new id.go.jakarta.deskpilkada.account.NewAccount(
                username, "Akun " + prefix, Role.BAKESBANGPOL, null, null));
        _get(AccountsView.class).refresh();
        return username;
    }

    private static AccountInfo row(AccountsView view, String username) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static int index(AccountsView view, String username) {
        List<AccountInfo> items = view.grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " not in the grid");
    }

    private static String status(AccountsView view, String username) {
        return GridKt._getFormattedRow(view.grid, index(view, username)).get(6);
    }
}
