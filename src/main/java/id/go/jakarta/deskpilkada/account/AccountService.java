package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.account.internal.AccountFile;
import id.go.jakarta.deskpilkada.account.internal.AccountProperties;
import id.go.jakarta.deskpilkada.account.internal.OneTimePasswords;
import id.go.jakarta.deskpilkada.account.internal.UserAccount;
import id.go.jakarta.deskpilkada.account.internal.UserAccountRepository;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.table.ImportPlan;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.MobileNumber;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficerLookup;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in lookups and account administration. Only ADMIN manages accounts; a post chief's and an
 * officer's account is bound to one post, a liaison's to one Forkopimda agency. An account an
 * ADMIN creates (one by one or from a file) or whose password he resets gets a one-time password,
 * shown to him once and kept only as a hash; the person must choose his own at the next sign-in.
 * Every change is in the audit trail (subject {@value #SUBJECT}, never with a password or hash) and
 * announced live ({@link AccountsChanged}).
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    /** Most accounts in one file. */
    public static final int MAX_IMPORT_ROWS = AccountFile.MAX_ROWS;

    public static final int MAX_EMAIL = 254;
    static final String SUBJECT = "account";
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PoskoService posko;
    private final StaffService staff;
    private final OfficerLookup staffLookup;
    private final AccountProperties properties;
    private final AccountGuard guard;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final WorkingDesk working;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PoskoService posko,
            StaffService staff,
            OfficerLookup staffLookup,
            AccountProperties properties,
            AccountGuard guard,
            AuditService audit,
            ApplicationEventPublisher events,
            Messages messages,
            WorkingDesk working,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.posko = posko;
        this.staff = staff;
        this.staffLookup = staffLookup;
        this.properties = properties;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.working = working;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new DeskUser(
                account.toActor(),
                account.passwordHash(),
                account.isEnabled(),
                guard.isLocked(account.username()),
                account.mustChangePassword());
    }

    /** Every account, with the sign-in locks in force now; ADMIN only. */
    public List<AccountInfo> list() {
        requireAdmin();
        Map<String, Instant> locked = guard.lockedUntil();
        return accounts.findAllByOrderByRoleAscUsernameAsc().stream()
                .filter(this::inActingDesk)
                .map(a -> a.toInfo().withLockedUntil(locked.get(a.username())))
                .toList();
    }

    /** The shortest password a person may choose. */
    public int minPasswordLength() {
        return properties.minPasswordLength();
    }

    public boolean hasEnabledAdmin() {
        return accounts.countByRoleAndEnabledTrue(Role.ADMIN) > 0;
    }

    /**
     * Creates one account with a one-time password, returned this once: the person must replace it
     * at the first sign-in. ADMIN only.
     */
    @Transactional
    public InitialPassword create(NewAccount request) {
        requireAdmin();
        Lookups lookups = lookups(List.of());
        Checked checked = check(request, lookups, null);
        if (accounts.existsByUsername(checked.username())) {
            throw DeskException.conflict("account.username.taken", checked.username());
        }
        String password = OneTimePasswords.next();
        UserAccount account = placed(checked.newAccount(encoder.encode(password), true, clock.instant()));
        saveNew(List.of(account), lookups);
        return new InitialPassword(account.toInfo(), password);
    }

    /**
     * Creates one account with a password the caller chose and knows, not to be changed at the first
     * sign-in: for the application itself only (see {@link #createAll(List, String)}).
     */
    @Transactional
    public AccountInfo create(NewAccount request, String password) {
        return createAll(List.of(request), password).getFirst();
    }

    /**
     * Creates accounts sharing one password the caller chose (hashed once), not to be changed at the
     * first sign-in: the application's own seeding only (the demo accounts with the password the
     * README publishes, the first ADMIN from configuration). People get one-time passwords instead
     * ({@link #create(NewAccount)}, {@link #importAccounts}). All are checked before any is saved.
     */
    @Transactional
    public List<AccountInfo> createAll(List<NewAccount> requests, String password) {
        return createAll(requests, password, false);
    }

    /**
     * As {@link #createAll(List, String)}, the password to be changed at the first sign-in when
     * {@code changeAtFirstSignIn}: the first ADMIN's password from configuration is known to whoever
     * set up the server, so it works once only.
     */
    @Transactional
    public List<AccountInfo> createAll(List<NewAccount> requests, String password, boolean changeAtFirstSignIn) {
        if (!CurrentActor.require().system()) {
            throw DeskException.forbidden("account.forbidden");
        }
        checkPassword(password);
        Lookups lookups = lookups(List.of());
        Set<String> names = new HashSet<>();
        List<UserAccount> created = new ArrayList<>();
        String hash = encoder.encode(password);
        for (NewAccount request : requests) {
            Checked checked = check(request, lookups, null);
            if (!names.add(checked.username()) || accounts.existsByUsername(checked.username())) {
                throw DeskException.conflict("account.username.taken", checked.username());
            }
            created.add(placed(checked.newAccount(hash, changeAtFirstSignIn, clock.instant())));
        }
        saveNew(created, lookups);
        return created.stream().map(UserAccount::toInfo).toList();
    }

    /**
     * Changes an account's name, role, post or agency, phone and e-mail against the version the ADMIN
     * saw; the username stays. A new post unlinks the officer; a change to what the account may do
     * ends its sessions. An ADMIN cannot take the ADMIN role from himself.
     */
    @Transactional
    public AccountInfo update(long accountId, long seenVersion, NewAccount changed) {
        Actor admin = requireAdmin();
        UserAccount account = find(accountId, seenVersion);
        Lookups lookups = lookups(List.of());
        Checked checked = check(changed, lookups, account.toActor().unitId());
        if (!checked.username().equals(account.username())) {
            throw DeskException.invalid("account.username.fixed", account.username());
        }
        if (account.username().equals(admin.username()) && checked.role() != Role.ADMIN) {
            throw DeskException.invalid("account.role.self");
        }
        Map<String, Object> before = described(account, lookups);
        Actor actorBefore = account.toActor();
        checked.applyTo(account);
        UserAccount saved = save(account);
        audit.record(
                SUBJECT, saved.username(), "updated", saved.toInfo().displayName(), before, described(saved, lookups));
        if (!sameRights(actorBefore, saved.toActor())) {
            guard.revokeSessions(saved.username());
        }
        changed(List.of(saved.id()));
        return saved.toInfo();
    }

    @Transactional
    public AccountInfo setEnabled(long accountId, boolean enabled, long seenVersion) {
        Actor admin = requireAdmin();
        UserAccount account = find(accountId, seenVersion);
        if (!enabled && account.username().equals(admin.username())) {
            throw DeskException.invalid("account.disable.self");
        }
        if (account.isEnabled() == enabled) {
            return account.toInfo();
        }
        account.setEnabled(enabled);
        UserAccount saved = save(account);
        audit.record(SUBJECT, saved.username(), enabled ? "enabled" : "disabled", displayName(saved), null, null);
        if (!enabled) {
            guard.revokeSessions(account.username());
        }
        changed(List.of(saved.id()));
        return saved.toInfo();
    }

    /**
     * Replaces an account's password with a new one-time password, returned this once: the person's
     * sessions end and he must choose his own at the next sign-in. ADMIN only.
     */
    @Transactional
    public InitialPassword resetPassword(long accountId, long seenVersion) {
        requireAdmin();
        UserAccount account = find(accountId, seenVersion);
        String password = OneTimePasswords.next();
        account.setPassword(encoder.encode(password), true);
        UserAccount saved = save(account);
        audit.record(SUBJECT, saved.username(), "passwordReset", displayName(saved), null, null);
        guard.revokeSessions(account.username());
        changed(List.of(saved.id()));
        return new InitialPassword(saved.toInfo(), password);
    }

    /**
     * Lifts the sign-in lock that wrong passwords put on an account ({@link AccountGuard}) at once,
     * on every node; an account not locked stays as it is. ADMIN only.
     */
    @Transactional
    public AccountInfo unlock(long accountId) {
        requireAdmin();
        UserAccount account = accounts.findById(accountId)
                .filter(this::inActingDesk)
                .orElseThrow(() -> DeskException.notFound("account.notFound", String.valueOf(accountId)));
        Instant until = guard.lockedUntil(account.username()).orElse(null);
        if (until != null) {
            audit.record(
                    SUBJECT,
                    account.username(),
                    "unlocked",
                    displayName(account),
                    Map.of("terkunci sampai", until),
                    null);
            guard.unlock(account.username());
            changed(List.of(account.id()));
        }
        return account.toInfo();
    }

    /**
     * The signed-in person replaces his own password: the current one must be right, and the new
     * one at least {@code desk.accounts.min-password-length} characters, neither the username nor
     * the current password, typed twice alike. Any other session of his ends. Every person may; a
     * wall screen or an integration has no password.
     */
    @Transactional
    public void changeOwnPassword(String current, String fresh, String confirmation) {
        Actor actor = CurrentActor.require();
        if (actor.system() || !actor.role().isForPeople()) {
            throw DeskException.forbidden("account.password.notYours");
        }
        UserAccount account = accounts.findByUsername(actor.username())
                .orElseThrow(() -> DeskException.forbidden("account.password.notYours"));
        if (!matches(current, account.passwordHash())) {
            throw DeskException.invalid("account.password.current");
        }
        checkPassword(fresh);
        if (!fresh.equals(confirmation)) {
            throw DeskException.invalid("account.password.mismatch");
        }
        if (fresh.strip().equalsIgnoreCase(account.username())) {
            throw DeskException.invalid("account.password.username");
        }
        if (fresh.equals(current)) {
            throw DeskException.invalid("account.password.same");
        }
        account.setPassword(encoder.encode(fresh), false);
        UserAccount saved = save(account);
        audit.record(SUBJECT, saved.username(), "passwordChanged", displayName(saved), null, null);
        guard.revokeSessions(saved.username());
        changed(List.of(saved.id()));
    }

    /**
     * Binds a person's account to the officer he is, so that he can sign himself in to duty; the
     * officer must serve at the account's post. Sessions end, so the next request carries the link.
     */
    @Transactional
    public AccountInfo linkOfficer(long accountId, @Nullable Long officerId, long seenVersion) {
        requireAdmin();
        UserAccount account = find(accountId, seenVersion);
        if (officerId != null) {
            OfficerInfo officer = staffLookup
                    .byId(officerId)
                    .orElseThrow(() -> DeskException.notFound("duty.officer.notFound", String.valueOf(officerId)));
            if (account.toActor().poskoId() == null
                    || officer.homePoskoId() != account.toActor().poskoId()) {
                throw DeskException.invalid("account.officer.otherPost");
            }
            if (accounts.existsByOfficerIdAndIdNot(officerId, accountId)) {
                throw DeskException.conflict("account.officer.taken");
            }
        }
        Long before = account.toActor().officerId();
        account.linkOfficer(officerId);
        UserAccount saved = save(account);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("petugas", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("petugas", officerId);
        audit.record(SUBJECT, saved.username(), "updated", displayName(saved), was, now);
        guard.revokeSessions(account.username());
        changed(List.of(saved.id()));
        return saved.toInfo();
    }

    /**
     * Imports an account file ({@link AccountFile}: CSV or XLSX, at most {@link #MAX_IMPORT_ROWS}
     * rows), all or nothing; ADMIN only. A row whose username exists updates that account (name,
     * role, post, agency, phone, e-mail, enabled), never its password; any other row creates an
     * account with a one-time password, returned this once. Every bad row is named with its line; a
     * problem with the file itself is thrown.
     */
    @Transactional
    public AccountImport importAccounts(InputStream content) {
        Actor admin = requireAdmin();
        List<TableRow> rows = AccountFile.read(content);
        Lookups lookups = lookups(rows);
        Map<String, Integer> firstLine = new HashMap<>();
        ImportPlan<Planned> plan = ImportPlan.of(rows, row -> {
            Planned planned = plan(admin, row, lookups);
            Integer earlier = firstLine.putIfAbsent(planned.checked().username(), row.line());
            if (earlier != null) {
                throw DeskException.invalid(
                        "accounts.import.username.repeated", planned.checked().username(), earlier);
            }
            return planned;
        });
        return plan.isClean() ? apply(plan.planned(), lookups) : new AccountImport(plan.refused(), List.of());
    }

    /** Every account as a file that {@link #importAccounts} reads back unchanged (no passwords); ADMIN only. */
    public byte[] exportAccounts(TableFormat format) {
        requireAdmin();
        Lookups lookups = lookups(List.of());
        return AccountFile.write(
                format,
                accounts.findAllByOrderByRoleAscUsernameAsc().stream()
                        .filter(this::inActingDesk)
                        .map(a -> line(a.toInfo(), lookups))
                        .toList());
    }

    /**
     * The one-time passwords an import or a creation returned, as a file to hand over: username,
     * name, role, post and agency codes, and the password. Made from what the caller holds, nothing
     * is read back: the passwords are nowhere else. ADMIN only.
     */
    public byte[] initialPasswordsFile(TableFormat format, List<InitialPassword> passwords) {
        requireAdmin();
        Lookups lookups = lookups(List.of());
        return AccountFile.writePasswords(
                format,
                passwords.stream().map(p -> line(p.account(), lookups)).toList(),
                passwords.stream().map(InitialPassword::password).toList());
    }

    // ---- import

    private record Planned(@Nullable UserAccount current, Checked checked, boolean active) {}

    /** Roles, posts and agencies by every way a file may name them, and the file's existing accounts. */
    private record Lookups(
            Map<String, Role> roles,
            Map<String, PoskoTile> posts,
            Map<String, UnitInfo> units,
            Map<Long, PoskoTile> postsById,
            Map<Long, UnitInfo> unitsById,
            Map<String, UserAccount> existing) {}

    private Lookups lookups(List<TableRow> rows) {
        Map<String, Role> roles = new HashMap<>();
        for (Role role : Role.values()) {
            for (Locale language : Languages.ALL) {
                roles.put(key(messages.getTranslation(role.labelKey(), language)), role);
            }
            roles.put(key(role.name()), role);
        }
        List<PoskoTile> tiles = posko.tiles();
        List<UnitInfo> unitList = staff.units();
        Map<String, UnitInfo> units = new HashMap<>();
        unitList.forEach(u -> units.putIfAbsent(key(u.shortName()), u));
        // A code wins over a short name that happens to read the same.
        unitList.forEach(u -> units.put(key(u.code()), u));
        Map<String, UserAccount> existing = new HashMap<>();
        List<String> usernames = rows.stream()
                .map(r -> normalise(r.get(AccountFile.USERNAME)))
                .filter(u -> !u.isEmpty())
                .distinct()
                .toList();
        if (!usernames.isEmpty()) {
            accounts.findByUsernameIn(usernames).forEach(a -> existing.put(a.username(), a));
        }
        return new Lookups(
                roles,
                tiles.stream().collect(Collectors.toMap(t -> key(t.code()), Function.identity(), (a, b) -> a)),
                units,
                tiles.stream().collect(Collectors.toMap(PoskoTile::id, Function.identity())),
                unitList.stream().collect(Collectors.toMap(UnitInfo::id, Function.identity())),
                existing);
    }

    private Planned plan(Actor admin, TableRow row, Lookups lookups) {
        String username = normalise(row.required(AccountFile.USERNAME));
        String name = row.required(AccountFile.NAME);
        String roleText = row.required(AccountFile.ROLE);
        Role role = lookups.roles().get(key(roleText));
        if (role == null) {
            throw DeskException.invalid("accounts.import.role.unknown", roleText);
        }
        Long postId = null;
        String postText = row.get(AccountFile.POST);
        if (!postText.isEmpty()) {
            PoskoTile post = lookups.posts().get(key(postText));
            if (post == null) {
                throw DeskException.invalid("accounts.import.posko.unknown", postText);
            }
            postId = post.id();
        }
        Long unitId = null;
        String unitText = row.get(AccountFile.UNIT);
        if (!unitText.isEmpty()) {
            UnitInfo unit = lookups.units().get(key(unitText));
            if (unit == null) {
                throw DeskException.invalid("accounts.import.unit.unknown", unitText);
            }
            unitId = unit.id();
        }
        boolean active = row.yesNo(AccountFile.ACTIVE, true);
        UserAccount current = lookups.existing().get(username);
        if (current != null && !inActingDesk(current)) {
            throw DeskException.conflict("account.username.taken", username);
        }
        Checked checked = check(
                new NewAccount(
                        username, name, role, postId, unitId, row.get(AccountFile.PHONE), row.get(AccountFile.EMAIL)),
                lookups,
                current == null ? null : current.toActor().unitId());
        if (current != null && current.username().equals(admin.username())) {
            if (role != Role.ADMIN) {
                throw DeskException.invalid("account.role.self");
            }
            if (!active) {
                throw DeskException.invalid("account.disable.self");
            }
        }
        return new Planned(current, checked, active);
    }

    private AccountImport apply(List<Planned> plan, Lookups lookups) {
        List<Planned> fresh = plan.stream().filter(p -> p.current() == null).toList();
        // One bcrypt hash per new account: on every core, not one after the other.
        List<String> passwords =
                fresh.stream().map(p -> OneTimePasswords.next()).toList();
        List<String> hashes = passwords.parallelStream().map(encoder::encode).toList();
        List<UserAccount> created = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            created.add(placed(fresh.get(i).checked().newAccount(hashes.get(i), true, clock.instant())));
        }
        int unchanged = 0;
        List<UserAccount> updated = new ArrayList<>();
        List<Map<String, Object>> before = new ArrayList<>();
        Set<String> revoke = new HashSet<>();
        for (Planned p : plan) {
            UserAccount account = p.current();
            if (account == null) {
                continue;
            }
            if (p.checked().sameAs(account) && account.isEnabled() == p.active()) {
                unchanged++;
                continue;
            }
            before.add(described(account, lookups));
            Actor actorBefore = account.toActor();
            p.checked().applyTo(account);
            account.setEnabled(p.active());
            if (!p.active() || !sameRights(actorBefore, account.toActor())) {
                revoke.add(account.username());
            }
            updated.add(account);
        }
        try {
            accounts.saveAll(created);
            accounts.saveAll(updated);
            accounts.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Someone changed these accounts while the file was read: the whole import is rolled back.
            throw DeskException.conflict("accounts.import.conflict");
        }
        created.forEach(
                a -> audit.record(SUBJECT, a.username(), "created", displayName(a), null, described(a, lookups)));
        for (int i = 0; i < updated.size(); i++) {
            UserAccount a = updated.get(i);
            audit.record(SUBJECT, a.username(), "updated", displayName(a), before.get(i), described(a, lookups));
        }
        ImportResult result = ImportResult.applied(created.size(), updated.size(), unchanged);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("baru", result.created());
        counts.put("diubah", result.updated());
        counts.put("tetap", result.unchanged());
        audit.record(SUBJECT, "impor", "imported", "Berkas pengguna", null, counts);
        revoke.forEach(guard::revokeSessions);
        List<Long> ids = new ArrayList<>();
        created.forEach(a -> ids.add(a.id()));
        updated.forEach(a -> ids.add(a.id()));
        changed(ids);
        List<InitialPassword> issued = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            issued.add(new InitialPassword(created.get(i).toInfo(), passwords.get(i)));
        }
        return new AccountImport(result, issued);
    }

    private static AccountFile.Line line(AccountInfo a, Lookups lookups) {
        PoskoTile post = a.poskoId() == null ? null : lookups.postsById().get(a.poskoId());
        UnitInfo unit = a.unitId() == null ? null : lookups.unitsById().get(a.unitId());
        return new AccountFile.Line(
                a.username(),
                a.displayName(),
                a.role().name(),
                post == null ? "" : post.code(),
                unit == null ? "" : unit.code(),
                a.phone() == null ? "" : a.phone(),
                a.email() == null ? "" : a.email(),
                a.enabled());
    }

    // ---- checks

    /** An account's fields as checked and normalised. */
    private record Checked(
            String username,
            String displayName,
            Role role,
            @Nullable Long poskoId,
            @Nullable Long unitId,
            @Nullable String phone,
            @Nullable String email) {

        UserAccount newAccount(String hash, boolean oneTime, Instant now) {
            return new UserAccount(username, displayName, hash, oneTime, role, poskoId, unitId, phone, email, now);
        }

        void applyTo(UserAccount account) {
            account.edit(displayName, role, poskoId, unitId, phone, email);
        }

        boolean sameAs(UserAccount account) {
            AccountInfo a = account.toInfo();
            return a.displayName().equals(displayName)
                    && a.role() == role
                    && Objects.equals(a.poskoId(), poskoId)
                    && Objects.equals(a.unitId(), unitId)
                    && Objects.equals(a.phone(), phone)
                    && Objects.equals(a.email(), email);
        }
    }

    /**
     * Checks an account as asked; a retired agency is accepted only where the account is already
     * bound to it ({@code keptUnitId}): changing its phone must not force a new agency on it.
     */
    private Checked check(NewAccount r, Lookups lookups, @Nullable Long keptUnitId) {
        if (r.role() == null) {
            throw DeskException.invalid("account.role.required");
        }
        if (!r.role().isForPeople()) {
            throw DeskException.invalid("account.role.notForPeople");
        }
        String username = normalise(r.username());
        if (!USERNAME.matcher(username).matches()) {
            throw DeskException.invalid("account.username.invalid");
        }
        String name = r.displayName().strip().replaceAll("\\s+", " ");
        if (name.length() < 2 || name.length() > 120) {
            throw DeskException.invalid("account.displayName.invalid");
        }
        boolean needsPost = r.role() == Role.KETUA_POSKO || r.role() == Role.PETUGAS;
        if (needsPost != (r.poskoId() != null)) {
            throw DeskException.invalid(needsPost ? "account.posko.required" : "account.posko.notAllowed");
        }
        if (r.poskoId() != null && !lookups.postsById().containsKey(r.poskoId())) {
            throw DeskException.notFound("posko.notFound", String.valueOf(r.poskoId()));
        }
        boolean needsAgency = r.role() == Role.FORKOPIMDA;
        if (needsAgency != (r.unitId() != null)) {
            throw DeskException.invalid(needsAgency ? "account.unit.required" : "account.unit.notAllowed");
        }
        if (r.unitId() != null) {
            UnitInfo unit = lookups.unitsById().get(r.unitId());
            if (unit == null || unit.kind() != UnitKind.FORKOPIMDA) {
                throw DeskException.invalid("account.unit.notForkopimda");
            }
            if (!unit.active() && !r.unitId().equals(keptUnitId)) {
                throw DeskException.invalid("account.unit.retired");
            }
        }
        String phone = MobileNumber.parse(r.phone()).map(MobileNumber::value).orElse(null);
        return new Checked(username, name, r.role(), r.poskoId(), r.unitId(), phone, email(r.email()));
    }

    private static @Nullable String email(@Nullable String typed) {
        String email = typed == null ? "" : typed.strip();
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw DeskException.invalid("account.email.invalid", email);
        }
        return email;
    }

    private void checkPassword(String password) {
        if (password.length() < properties.minPasswordLength()) {
            throw DeskException.invalid("account.password.short", properties.minPasswordLength());
        }
        // bcrypt uses at most 72 bytes and Spring Security refuses longer input outright.
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw DeskException.invalid("account.password.long", MAX_PASSWORD_BYTES);
        }
    }

    private boolean matches(String password, String hash) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES
                && encoder.matches(password, hash);
    }

    // ---- saving, the trail and the live event

    private void saveNew(List<UserAccount> created, Lookups lookups) {
        try {
            accounts.saveAllAndFlush(created);
        } catch (DataIntegrityViolationException e) {
            // Two ADMINs created the same username at the same moment; the other one won.
            throw DeskException.conflict(
                    "account.username.taken", created.getFirst().username());
        }
        created.forEach(
                a -> audit.record(SUBJECT, a.username(), "created", displayName(a), null, described(a, lookups)));
        changed(created.stream().map(UserAccount::id).toList());
    }

    private UserAccount save(UserAccount account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw DeskException.conflict("account.stale");
        }
    }

    private void changed(Collection<Long> accountIds) {
        if (!accountIds.isEmpty()) {
            events.publishEvent(new AccountsChanged(List.copyOf(accountIds)));
        }
    }

    /** An account's fields for the audit trail: codes, not ids, and never the password. */
    private static Map<String, Object> described(UserAccount account, Lookups lookups) {
        AccountInfo a = account.toInfo();
        AccountFile.Line line = line(a, lookups);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nama", a.displayName());
        fields.put("peran", a.role().name());
        fields.put("posko", line.post());
        fields.put("instansi", line.unit());
        fields.put("telepon", a.phone());
        fields.put("email", a.email());
        fields.put("aktif", TableRow.yesNo(a.enabled()));
        return fields;
    }

    private static String displayName(UserAccount account) {
        return account.toActor().displayName();
    }

    /** Whether two states of an account may do the same (role, post, agency, officer). */
    private static boolean sameRights(Actor before, Actor after) {
        return before.role() == after.role()
                && Objects.equals(before.poskoId(), after.poskoId())
                && Objects.equals(before.unitId(), after.unitId())
                && Objects.equals(before.officerId(), after.officerId());
    }

    /**
     * The desk a new account works in: the creator's desk; for the deployment's own admins (no
     * desk), the working desk, except that an ADMIN they create is the deployment's own too.
     */
    private UserAccount placed(UserAccount account) {
        Long desk = CurrentActor.require().deskId();
        if (desk == null && account.role() != Role.ADMIN) {
            desk = working.id();
        }
        account.placeIn(desk);
        return account;
    }

    /**
     * Whether the account is one the acting admin manages: his desk's accounts and the deployment's
     * own; another desk's accounts are not found (docs/desks.md).
     */
    private boolean inActingDesk(UserAccount account) {
        Long desk = account.deskId();
        return desk == null || desk == working.acting();
    }

    private UserAccount find(long accountId, long seenVersion) {
        UserAccount account = accounts.findById(accountId)
                .filter(this::inActingDesk)
                .orElseThrow(() -> DeskException.notFound("account.notFound", String.valueOf(accountId)));
        if (account.version() != seenVersion) {
            throw DeskException.conflict("account.stale");
        }
        return account;
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Case, spaces, dashes and underscores do not matter in roles, posts and agencies typed in a file. */
    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    private static Actor requireAdmin() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("account.forbidden");
        }
        return actor;
    }
}
