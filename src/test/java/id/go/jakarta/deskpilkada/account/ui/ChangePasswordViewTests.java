package id.go.jakarta.deskpilkada.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.InitialPassword;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordViewTests extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_new_account_is_held_on_the_password_screen_until_it_chooses_its_own_and_then_uses_the_desk() {
        String username = "pimpinan.baru." + Long.toString(System.nanoTime(), 36);
        InitialPassword initial = CurrentActor.asSystem(
                () -> accounts.create(new NewAccount(username, "Pimpinan Baru", Role.PIMPINAN, null, null)));

        login(username);

        ChangePasswordView view = (ChangePasswordView) screen();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("sandi");
        assertThat(view.due.isVisible()).isTrue();
        assertThat(view.due.getText())
                .isEqualTo("Anda masuk dengan sandi awal. Pilih kata sandi Anda sendiri sebelum melanjutkan.");
        for (String elsewhere : new String[] {"", "situasi", "permasalahan", "tidak/ada"}) {
            UI.getCurrent().navigate(elsewhere);
            assertThat(screen()).as(elsewhere).isInstanceOf(ChangePasswordView.class);
        }

        view = (ChangePasswordView) screen();
        _setValue(view.current, initial.password());
        _setValue(view.fresh, "RahasiaKu-2026");
        _setValue(view.confirmation, "RahasiaKu-2025");
        _click(view.save);
        assertThat(view.error.getText()).isEqualTo("Konfirmasi tidak sama dengan kata sandi baru.");
        assertThat(screen()).isSameAs(view);

        _setValue(view.confirmation, "RahasiaKu-2026");
        _click(view.save);

        assertThat(CurrentActor.passwordChangeDue()).isFalse();
        assertThat(screen()).isNotInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("situasi");
        assertThat(screen().getClass().getSimpleName()).isEqualTo("SituationView");
        DeskUser stored = (DeskUser) accounts.loadUserByUsername(username);
        assertThat(stored.passwordChangeDue()).isFalse();
        assertThat(encoder.matches("RahasiaKu-2026", stored.getPassword())).isTrue();
    }

    @Test
    void every_person_opens_the_password_screen_from_the_key_in_the_top_bar_without_a_menu_item() {
        login("petugas.jakpus");
        Button key = _get(Button.class, spec -> spec.withClasses("navbar-password"));
        assertThat(key.getAriaLabel()).contains("Ganti kata sandi");

        _click(key);

        ChangePasswordView view = (ChangePasswordView) screen();
        assertThat(view.due.isVisible()).isFalse();
        assertThat(view.fresh.getHelperText())
                .isEqualTo("Paling sedikit 10 karakter, tidak sama dengan nama pengguna atau kata sandi saat ini.");
    }

    private static HasElement screen() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
