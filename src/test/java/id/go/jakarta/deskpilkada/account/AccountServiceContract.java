package id.go.jakarta.deskpilkada.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.audit.AuditEntryInfo;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts: bcrypt hashes, bindings by role, administration by ADMIN only, one-time passwords a
 * person must replace, locks an ADMIN lifts, account files, and the trail of every change.
 */
public abstract class AccountServiceContract {

    private static final String HEADER = "username;nama;peran;posko;instansi;telepon;email;aktif\n";

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

    @Autowired
    protected AuditService audit;

    @Autowired
    protected id.go.jakarta.deskpilkada.staff.UnitService units;

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
        assertThatThrownBy(() -> accounts.create(new NewAccount("baru.satu", "Baru", Role.PIMPINAN, null, null)))
                .isInstanceOf(DeskException.class);
        SignIn.as(context, "admin");
        assertThat(accounts.list()).extracting(AccountInfo::username).contains("admin", "sekda", "polda");
    }

    @Test
    void a_password_chosen_by_the_caller_is_for_the_applications_own_seeding_only() {
        SignIn.as(context, "admin");
        assertThatThrownBy(() -> accounts.createAll(
                        List.of(new NewAccount(unique("benih"), "Benih", Role.PIMPINAN, null, null)),
                        "KataSandiPanjang1"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        SignIn.out();

        String username = unique("benih");
        AccountInfo seeded = CurrentActor.asSystem(() ->
                accounts.create(new NewAccount(username, "Benih", Role.PIMPINAN, null, null), "KataSandiPanjang1"));
        assertThat(seeded.mustChangePassword()).isFalse();
        assertThat(((DeskUser) accounts.loadUserByUsername(username)).passwordChangeDue())
                .isFalse();
        assertThatThrownBy(() -> CurrentActor.asSystem(() ->
                        accounts.create(new NewAccount(unique("pendek"), "Pendek", Role.PIMPINAN, null, null), "123")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.password.short"));
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> accounts.create(
                        new NewAccount(unique("panjang"), "Panjang", Role.PIMPINAN, null, null), "é".repeat(37))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.password.long"));
    }

    @Test
    void demo_accounts_keep_the_published_password_and_are_not_asked_to_change_it() {
        for (String username : List.of("admin", "sekda", "ketua.jakpus", "petugas.jakpus", "polda", "bakesbangpol")) {
            DeskUser user = (DeskUser) accounts.loadUserByUsername(username);
            assertThat(user.passwordChangeDue()).as(username).isFalse();
            assertThat(encoder.matches("Pilkada2017!", user.getPassword()))
                    .as(username)
                    .isTrue();
        }
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
        assertRefused(new NewAccount("layar.baru", "Layar", Role.LAYAR, null, null), "account.role.notForPeople");
        assertRefused(
                new NewAccount("telepon.salah", "Telepon Salah", Role.PIMPINAN, null, null, "021-555-1234", null),
                "phone.invalid");
        assertRefused(
                new NewAccount("email.salah", "Email Salah", Role.PIMPINAN, null, null, null, "budi@desk"),
                "account.email.invalid");
        assertThat(accounts.list())
                .extracting(AccountInfo::username)
                .doesNotContain(
                        "ketua.baru", "pimpinan.baru", "penghubung.baru", "layar.baru", "telepon.salah", "email.salah");
    }

    @Test
    void phone_and_email_are_kept_normalised_and_optional() {
        SignIn.as(context, "admin");
        String username = unique("kontak");
        AccountInfo created = accounts.create(new NewAccount(
                        username.toUpperCase(java.util.Locale.ROOT),
                        "  Budi   Kontak ",
                        Role.BAKESBANGPOL,
                        null,
                        null,
                        "+62 812-3456-7890",
                        " budi.kontak@jakarta.go.id "))
                .account();
        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo("Budi Kontak");
        assertThat(created.phone()).isEqualTo("+6281234567890");
        assertThat(created.email()).isEqualTo("budi.kontak@jakarta.go.id");

        AccountInfo cleared = accounts.update(
                created.id(),
                created.version(),
                new NewAccount(username, "Budi Kontak", Role.BAKESBANGPOL, null, null, " ", ""));
        assertThat(cleared.phone()).isNull();
        assertThat(cleared.email()).isNull();
    }

    @Test
    void a_new_account_gets_a_strong_one_time_password_shown_once_and_must_change_it() {
        SignIn.as(context, "admin");
        String username = unique("baru");
        InitialPassword first = accounts.create(new NewAccount(username, "Akun Baru", Role.PIMPINAN, null, null));
        InitialPassword second =
                accounts.create(new NewAccount(unique("baru"), "Akun Baru Dua", Role.PIMPINAN, null, null));

        assertThat(first.password())
                .hasSize(14)
                .matches("[A-HJ-NP-Za-km-z2-9]{14}")
                .isNotEqualTo(second.password());
        assertThat(first.toString()).doesNotContain(first.password());
        assertThat(first.account().mustChangePassword()).isTrue();
        DeskUser user = (DeskUser) accounts.loadUserByUsername(username);
        assertThat(user.passwordChangeDue()).isTrue();
        assertThat(user.getPassword()).startsWith("{bcrypt}").doesNotContain(first.password());
        assertThat(encoder.matches(first.password(), user.getPassword())).isTrue();
        assertThat(accounts.list())
                .filteredOn(a -> a.username().equals(username))
                .singleElement()
                .satisfies(a -> assertThat(a.mustChangePassword()).isTrue());
    }

    @Test
    void a_person_replaces_the_one_time_password_under_the_rules_and_then_uses_his_own() {
        SignIn.as(context, "admin");
        String username = unique("ganti");
        InitialPassword initial = accounts.create(new NewAccount(username, "Akun Ganti", Role.PIMPINAN, null, null));
        DeskUser before = SignIn.as(context, username);
        assertThat(before.passwordChangeDue()).isTrue();
        String once = initial.password();

        assertChangeRefused("salah-sekali-1", "SandiBaruku2026", "SandiBaruku2026", "account.password.current");
        assertChangeRefused(once, "pendek", "pendek", "account.password.short");
        assertChangeRefused(once, "SandiBaruku2026", "SandiBaruku2027", "account.password.mismatch");
        assertChangeRefused(
                once,
                username.toUpperCase(java.util.Locale.ROOT),
                username.toUpperCase(java.util.Locale.ROOT),
                "account.password.username");
        assertChangeRefused(once, once, once, "account.password.same");

        accounts.changeOwnPassword(once, "SandiBaruku2026", "SandiBaruku2026");

        DeskUser after = (DeskUser) accounts.loadUserByUsername(username);
        assertThat(after.passwordChangeDue()).isFalse();
        assertThat(encoder.matches("SandiBaruku2026", after.getPassword())).isTrue();
        assertThat(encoder.matches(once, after.getPassword())).isFalse();
        assertThat(guard.isRevoked(before)).as("sessions signed in before end").isTrue();
        SignIn.as(context, "admin");
        assertThat(audit.of("account", username))
                .extracting(AuditEntryInfo::action)
                .containsExactly("passwordChanged", "created");
    }

    @Test
    void wall_screens_integrations_the_system_and_nobody_have_no_password_to_change() {
        assertNoPasswordToChange();
        CurrentActor.asSystem(() -> {
            assertNoPasswordToChange();
            return null;
        });
        for (Role device : List.of(Role.LAYAR, Role.INTEGRASI)) {
            DeskUser user = new DeskUser(
                    new id.go.jakarta.deskpilkada.base.security.Actor(
                            "perangkat.uji", "Perangkat uji", device, null, null, null, false, null),
                    "{noop}-",
                    true,
                    false);
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            assertNoPasswordToChange();
        }
    }

    private void assertNoPasswordToChange() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("x", "SandiBaruku2026", "SandiBaruku2026"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }

    @Test
    void a_reset_gives_a_new_one_time_password_ends_the_sessions_and_forces_the_change_again() {
        SignIn.as(context, "admin");
        String username = unique("atur");
        InitialPassword initial = accounts.create(new NewAccount(username, "Akun Atur", Role.PIMPINAN, null, null));
        SignIn.as(context, username);
        accounts.changeOwnPassword(initial.password(), "SandiSendiri2026", "SandiSendiri2026");
        DeskUser signedIn = SignIn.as(context, username);
        assertThat(signedIn.passwordChangeDue()).isFalse();

        SignIn.as(context, "admin");
        AccountInfo current = find(username);
        InitialPassword reset = accounts.resetPassword(current.id(), current.version());

        assertThat(reset.password()).isNotEqualTo(initial.password()).hasSize(14);
        assertThat(reset.account().mustChangePassword()).isTrue();
        DeskUser after = (DeskUser) accounts.loadUserByUsername(username);
        assertThat(after.passwordChangeDue()).isTrue();
        assertThat(encoder.matches(reset.password(), after.getPassword())).isTrue();
        assertThat(encoder.matches("SandiSendiri2026", after.getPassword())).isFalse();
        assertThat(guard.isRevoked(signedIn)).isTrue();
        assertThat(audit.of("account", username))
                .extracting(AuditEntryInfo::action)
                .containsExactly("passwordReset", "passwordChanged", "created");
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_an_admin_cannot_disable_himself() {
        SignIn.as(context, "admin");
        String username = unique("nonaktif");
        AccountInfo created = accounts.create(new NewAccount(username, "Akun Uji", Role.BAKESBANGPOL, null, null))
                .account();
        DeskUser signedIn = (DeskUser) accounts.loadUserByUsername(username);
        AccountInfo disabled = accounts.setEnabled(created.id(), false, created.version());
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(guard.isRevoked(signedIn))
                .as("sessions signed in before are revoked")
                .isTrue();
        accounts.setEnabled(created.id(), true, disabled.version());
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isTrue();
        assertThat(audit.of("account", username))
                .extracting(AuditEntryInfo::action)
                .containsExactly("enabled", "disabled", "created");

        AccountInfo admin = find("admin");
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false, admin.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.disable.self"));
        assertThatThrownBy(() -> accounts.update(
                        admin.id(),
                        admin.version(),
                        new NewAccount("admin", admin.displayName(), Role.PIMPINAN, null, null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.role.self"));
    }

    @Test
    void an_account_keeps_its_retired_agency_through_an_edit_but_no_account_is_newly_bound_to_it() {
        SignIn.as(context, "admin");
        String tag = unique("pensiun").replace(".", "");
        var agency = units.create(
                "PENSIUN" + tag.toUpperCase(java.util.Locale.ROOT),
                new id.go.jakarta.deskpilkada.staff.UnitForm(
                        "Instansi Pensiun " + tag,
                        "Pensiun " + tag,
                        id.go.jakarta.deskpilkada.staff.UnitKind.FORKOPIMDA));
        String username = unique("penghubung");
        AccountInfo liaison = accounts.create(
                        new NewAccount(username, "Penghubung Lama", Role.FORKOPIMDA, null, agency.id()))
                .account();
        units.retire(agency.id(), agency.version());

        AccountInfo edited = accounts.update(
                liaison.id(),
                liaison.version(),
                new NewAccount(username, "Penghubung Lama", Role.FORKOPIMDA, null, agency.id(), "081234567890", null));
        assertThat(edited.unitId()).isEqualTo(agency.id());
        assertThat(edited.phone()).isNotNull();
        assertThatThrownBy(() -> accounts.create(
                        new NewAccount(unique("penghubung"), "Penghubung Baru", Role.FORKOPIMDA, null, agency.id())))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.unit.retired"));
    }

    @Test
    void a_change_against_a_stale_account_version_is_refused() {
        SignIn.as(context, "admin");
        String username = unique("versi");
        AccountInfo created = accounts.create(new NewAccount(username, "Akun Uji", Role.BAKESBANGPOL, null, null))
                .account();
        accounts.resetPassword(created.id(), created.version());
        assertThatThrownBy(() -> accounts.setEnabled(created.id(), false, created.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.stale"));
        assertThatThrownBy(() -> accounts.update(
                        created.id(),
                        created.version(),
                        new NewAccount(username, "Nama Lain", Role.BAKESBANGPOL, null, null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isTrue();
        assertThat(find(username).displayName()).isEqualTo("Akun Uji");
    }

    @Test
    void an_update_moves_an_account_to_another_post_unlinks_its_officer_and_is_in_the_trail() {
        SignIn.as(context, "admin");
        String username = unique("pindah");
        AccountInfo created = accounts.create(
                        new NewAccount(username, "Petugas Pindah", Role.PETUGAS, postId("JAKPUS"), null))
                .account();
        OfficerInfo officer = staff.officersOf(postId("JAKPUS")).stream()
                .filter(o -> accounts.list().stream()
                        .noneMatch(a -> Long.valueOf(o.id()).equals(a.officerId())))
                .findFirst()
                .orElseThrow();
        AccountInfo linked = accounts.linkOfficer(created.id(), officer.id(), created.version());
        DeskUser signedIn = (DeskUser) accounts.loadUserByUsername(username);

        AccountInfo moved = accounts.update(
                linked.id(),
                linked.version(),
                new NewAccount(
                        username, "Ketua Pindah", Role.KETUA_POSKO, postId("JAKUT"), null, "0812 1111 2222", null));

        assertThat(moved.role()).isEqualTo(Role.KETUA_POSKO);
        assertThat(moved.poskoId()).isEqualTo(postId("JAKUT"));
        assertThat(moved.officerId()).isNull();
        assertThat(moved.phone()).isEqualTo("081211112222");
        assertThat(guard.isRevoked(signedIn)).isTrue();
        assertThatThrownBy(() -> accounts.update(
                        moved.id(),
                        moved.version(),
                        new NewAccount("nama.lain", "Ketua Pindah", Role.KETUA_POSKO, postId("JAKUT"), null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.username.fixed"));
        List<AuditEntryInfo> trail = audit.of("account", username);
        assertThat(trail).extracting(AuditEntryInfo::action).containsExactly("updated", "updated", "created");
        assertThat(trail.getFirst().before()).contains("nama: Petugas Pindah", "peran: PETUGAS", "posko: JAKPUS");
        assertThat(trail.getFirst().after()).contains("nama: Ketua Pindah", "peran: KETUA_POSKO", "posko: JAKUT");
    }

    @Test
    void an_admin_unlocks_an_account_locked_by_wrong_passwords_and_sees_until_when_it_was_locked() {
        SignIn.as(context, "admin");
        String username = unique("kunci");
        AccountInfo created = accounts.create(new NewAccount(username, "Akun Kunci", Role.PIMPINAN, null, null))
                .account();
        for (int i = 0; i < 5; i++) {
            context.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "salah-" + i),
                    new BadCredentialsException("salah")));
        }
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isFalse();
        Instant until = find(username).lockedUntil();
        assertThat(until)
                .isNotNull()
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(4)), Instant.now().plus(Duration.ofMinutes(6)));

        AccountInfo unlocked = accounts.unlock(created.id());

        assertThat(unlocked.lockedUntil()).isNull();
        assertThat(find(username).lockedUntil()).isNull();
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
        accounts.unlock(created.id());
        assertThat(audit.of("account", username))
                .extracting(AuditEntryInfo::action)
                .as("an account not locked is left alone")
                .containsExactly("unlocked", "created");
    }

    @Test
    void an_account_file_creates_new_accounts_with_one_time_passwords_and_updates_others_without_their_passwords() {
        SignIn.as(context, "admin");
        String tag = Long.toString(System.nanoTime(), 36);
        String existing = "imp.ada." + tag;
        InitialPassword existingPassword =
                accounts.create(new NewAccount(existing, "Akun Lama", Role.PIMPINAN, null, null));
        String csv = HEADER
                + "imp.ketua." + tag + ";Ketua Baru;Ketua Posko;jakpus;;0812-3456-7890;ketua@jakarta.go.id;ya\n"
                + "IMP.POLDA." + tag + ";Penghubung Polda;FORKOPIMDA;;POLDA;;;\n"
                + existing + ";Akun Lama Diubah;Bakesbangpol;;;;;tidak\n";

        AccountImport imported = accounts.importAccounts(csv(csv));

        assertThat(imported.result().applied()).isTrue();
        assertThat(imported.result().created()).isEqualTo(2);
        assertThat(imported.result().updated()).isEqualTo(1);
        assertThat(imported.passwords())
                .extracting(p -> p.account().username())
                .containsExactly("imp.ketua." + tag, "imp.polda." + tag);
        Set<String> distinct = new HashSet<>();
        for (InitialPassword p : imported.passwords()) {
            DeskUser user = (DeskUser) accounts.loadUserByUsername(p.account().username());
            assertThat(encoder.matches(p.password(), user.getPassword())).isTrue();
            assertThat(user.passwordChangeDue()).isTrue();
            distinct.add(p.password());
        }
        assertThat(distinct).hasSize(2);
        AccountInfo chief = find("imp.ketua." + tag);
        assertThat(chief.poskoId()).isEqualTo(postId("JAKPUS"));
        assertThat(chief.phone()).isEqualTo("081234567890");
        assertThat(chief.email()).isEqualTo("ketua@jakarta.go.id");
        assertThat(find("imp.polda." + tag).unitId())
                .isEqualTo(staff.unitByCode("POLDA").orElseThrow().id());
        AccountInfo updated = find(existing);
        assertThat(updated.displayName()).isEqualTo("Akun Lama Diubah");
        assertThat(updated.role()).isEqualTo(Role.BAKESBANGPOL);
        assertThat(updated.enabled()).isFalse();
        assertThat(encoder.matches(
                        existingPassword.password(),
                        accounts.loadUserByUsername(existing).getPassword()))
                .as("an import never touches an existing password")
                .isTrue();
        assertThat(audit.of("account", existing))
                .extracting(AuditEntryInfo::action)
                .containsExactly("updated", "created");
        assertThat(audit.of("account", "impor")).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo("imported");
            assertThat(e.after()).contains("baru: 2", "diubah: 1");
        });
        for (InitialPassword p : imported.passwords()) {
            for (AuditEntryInfo e : audit.of("account", p.account().username())) {
                assertThat(String.valueOf(e.before()) + e.after() + e.label())
                        .doesNotContain(p.password())
                        .doesNotContain("bcrypt");
            }
        }
    }

    @Test
    void an_account_file_with_bad_rows_saves_nothing_and_names_every_bad_row_with_its_line() {
        SignIn.as(context, "admin");
        String tag = Long.toString(System.nanoTime(), 36);
        String csv = HEADER
                + "bad.a." + tag + ";Ketua Tanpa Posko;Ketua Posko;;;;;\n"
                + "bad.b." + tag + ";Budi;Petugas;MARS;;;;\n"
                + "bad.c." + tag + ";Cici;Forkopimda;;BULAN;;;\n"
                + "bad.d." + tag + ";Dedi;Juru Masak;;;;;\n"
                + "bad.e." + tag + ";Eka;Pimpinan;;;0812;;\n"
                + "bad.f." + tag + ";Fajar;Pimpinan;;;;fajar@;\n"
                + "bad.g." + tag + ";Gita;Layar;;;;;\n"
                + "good.h." + tag + ";Hana;Bakesbangpol;;;;;ya\n"
                + "good.h." + tag + ";Hana Lagi;Bakesbangpol;;;;;ya\n"
                + "bad.i." + tag + ";Indah;Pimpinan;JAKPUS;;;;\n"
                + "bad.j." + tag + ";Joko;Pimpinan;;;;;mungkin\n"
                + "admin;Administrator;Pimpinan;;;;;ya\n";

        AccountImport imported = accounts.importAccounts(csv(csv));

        assertThat(imported.result().applied()).isFalse();
        assertThat(imported.passwords()).isEmpty();
        assertThat(imported.result().badRows())
                .extracting(ImportResult.BadRow::line, ImportResult.BadRow::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "account.posko.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "accounts.import.posko.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "accounts.import.unit.unknown"),
                        org.assertj.core.groups.Tuple.tuple(5, "accounts.import.role.unknown"),
                        org.assertj.core.groups.Tuple.tuple(6, "phone.invalid"),
                        org.assertj.core.groups.Tuple.tuple(7, "account.email.invalid"),
                        org.assertj.core.groups.Tuple.tuple(8, "account.role.notForPeople"),
                        org.assertj.core.groups.Tuple.tuple(10, "accounts.import.username.repeated"),
                        org.assertj.core.groups.Tuple.tuple(11, "account.posko.notAllowed"),
                        org.assertj.core.groups.Tuple.tuple(12, "table.import.yesNo"),
                        org.assertj.core.groups.Tuple.tuple(13, "account.role.self"));
        assertThat(imported.result().badRows().get(7).args()).containsExactly("good.h." + tag, 9);
        assertThat(accounts.list()).extracting(AccountInfo::username).noneMatch(u -> u.endsWith("." + tag));
        assertThat(find("admin").role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_export_reads_back_unchanged_and_holds_no_password() {
        SignIn.as(context, "admin");
        accounts.create(new NewAccount(
                unique("ekspor"),
                "Akun Ekspor",
                Role.FORKOPIMDA,
                null,
                staff.unitByCode("KODAM").orElseThrow().id(),
                "081299998888",
                "ekspor@kodam.mil.id"));
        byte[] csv = accounts.exportAccounts(TableFormat.CSV);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow().replace("\uFEFF", ""))
                .isEqualTo("username;nama;peran;posko;instansi;telepon;email;aktif");
        assertThat(text).contains(";KODAM;081299998888;ekspor@kodam.mil.id;ya").doesNotContain("bcrypt", "Pilkada2017");
        int count = accounts.list().size();

        for (TableFormat format : TableFormat.values()) {
            AccountImport again = accounts.importAccounts(new ByteArrayInputStream(accounts.exportAccounts(format)));
            assertThat(again.result().applied()).as(format.name()).isTrue();
            assertThat(again.result().created()).isZero();
            assertThat(again.result().updated()).isZero();
            assertThat(again.result().unchanged()).isEqualTo(count);
            assertThat(again.passwords()).isEmpty();
        }
    }

    @Test
    void only_an_admin_imports_and_exports_accounts() {
        SignIn.as(context, "ketua.jakpus");
        assertThatThrownBy(() -> accounts.exportAccounts(TableFormat.CSV)).isInstanceOf(DeskException.class);
        assertThatThrownBy(() -> accounts.importAccounts(csv(HEADER + "x.y.z;Nama;Pimpinan;;;;;\n")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> accounts.initialPasswordsFile(TableFormat.CSV, List.of()))
                .isInstanceOf(DeskException.class);
    }

    private void assertChangeRefused(String current, String fresh, String confirmation, String key) {
        assertThatThrownBy(() -> accounts.changeOwnPassword(current, fresh, confirmation))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private void assertRefused(NewAccount account, String key) {
        assertThatThrownBy(() -> accounts.create(account))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private AccountInfo find(String username) {
        return accounts.list().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String unique(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }

    private long postId(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
