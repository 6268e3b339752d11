package id.go.jakarta.deskpilkada.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.StaffService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts: bcrypt hashes, bindings by role, administration by ADMIN only. */
public abstract class AccountServiceContract {

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected StaffService staff;

    @Autowired
    protected PasswordEncoder encoder;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected AccountGuard guard;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        DeskUser user = (DeskUser) accounts.loadUserByUsername("sekda");
        assertThat(user.getPassword()).startsWith("{bcrypt}$2").doesNotContain("Pilkada2017!");
        assertThat(encoder.matches("Pilkada2017!", user.getPassword())).isTrue();
        assertThat(user.actor().role()).isEqualTo(Role.PIMPINAN);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PIMPINAN");
    }

    @Test
    void a_chief_is_bound_to_one_post_and_a_liaison_to_one_forkopimda_agency() {
        DeskUser chief = (DeskUser) accounts.loadUserByUsername("ketua.jaktim");
        assertThat(chief.actor().poskoId()).isEqualTo(postId("JAKTIM"));
        DeskUser liaison = (DeskUser) accounts.loadUserByUsername("polda");
        assertThat(liaison.actor().unitId())
                .isEqualTo(staff.unitByCode("POLDA").orElseThrow().id());
    }

    @Test
    void only_an_admin_lists_and_creates_accounts() {
        SignIn.as(context, "sekda");
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(DeskException.class);
        assertThatThrownBy(() -> accounts.create(
                        new NewAccount("baru.satu", "Baru", Role.PIMPINAN, null, null), "KataSandiPanjang1"))
                .isInstanceOf(DeskException.class);
        SignIn.as(context, "admin");
        assertThat(accounts.list()).extracting(AccountInfo::username).contains("admin", "sekda", "polda");
    }

    @Test
    void an_account_is_checked_before_it_is_saved() {
        SignIn.as(context, "admin");
        long skpd = staff.unitByCode("DUKCAPIL").orElseThrow().id();
        assertRefused(new NewAccount("Bad Name", "Nama", Role.PIMPINAN, null, null), "account.username.invalid");
        assertRefused(
                new NewAccount("ketua.baru", "Ketua Baru", Role.KETUA_POSKO, null, null), "account.posko.required");
        assertRefused(
                new NewAccount("pimpinan.baru", "Pimpinan", Role.PIMPINAN, postId("JAKPUS"), null),
                "account.posko.notAllowed");
        assertRefused(
                new NewAccount("penghubung.baru", "Penghubung", Role.FORKOPIMDA, null, skpd),
                "account.unit.notForkopimda");
        assertRefused(new NewAccount("sekda", "Duplikat", Role.PIMPINAN, null, null), "account.username.taken");
        assertThatThrownBy(() -> accounts.create(new NewAccount("pendek", "Pendek", Role.PIMPINAN, null, null), "123"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.password.short"));
        assertThatThrownBy(() -> accounts.create(
                        new NewAccount("panjang", "Panjang", Role.PIMPINAN, null, null), "é".repeat(37)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.password.long"));
        assertThat(accounts.list())
                .extracting(AccountInfo::username)
                .doesNotContain("ketua.baru", "pimpinan.baru", "penghubung.baru", "pendek");
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_an_admin_cannot_disable_himself() {
        SignIn.as(context, "admin");
        String username = "nonaktif." + Long.toString(System.nanoTime(), 36);
        AccountInfo created = accounts.create(
                new NewAccount(username, "Akun Uji", Role.BAKESBANGPOL, null, null), "KataSandiPanjang1");
        DeskUser signedIn = (DeskUser) accounts.loadUserByUsername(username);
        accounts.setEnabled(created.id(), false, created.version());
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(guard.isRevoked(signedIn))
                .as("sessions signed in before are revoked")
                .isTrue();

        AccountInfo admin = accounts.list().stream()
                .filter(a -> a.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false, admin.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.disable.self"));
    }

    @Test
    void a_change_against_a_stale_account_version_is_refused() {
        SignIn.as(context, "admin");
        String username = "versi." + Long.toString(System.nanoTime(), 36);
        AccountInfo created = accounts.create(
                new NewAccount(username, "Akun Uji", Role.BAKESBANGPOL, null, null), "KataSandiPanjang1");
        accounts.resetPassword(created.id(), "KataSandiBaru123", created.version());
        assertThatThrownBy(() -> accounts.setEnabled(created.id(), false, created.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isTrue();
    }

    private void assertRefused(NewAccount account, String key) {
        assertThatThrownBy(() -> accounts.create(account, "KataSandiPanjang1"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private long postId(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
