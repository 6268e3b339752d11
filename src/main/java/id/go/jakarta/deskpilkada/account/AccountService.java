package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.account.internal.AccountProperties;
import id.go.jakarta.deskpilkada.account.internal.UserAccount;
import id.go.jakarta.deskpilkada.account.internal.UserAccountRepository;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficerLookup;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in lookups and account administration. Only ADMIN manages accounts; a post chief's and an
 * officer's account is bound to one post, a liaison's to one Forkopimda agency.
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    private static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PoskoService posko;
    private final StaffService staff;
    private final OfficerLookup staffLookup;
    private final AccountProperties properties;
    private final AccountGuard guard;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PoskoService posko,
            StaffService staff,
            OfficerLookup staffLookup,
            AccountProperties properties,
            AccountGuard guard,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.posko = posko;
        this.staff = staff;
        this.staffLookup = staffLookup;
        this.properties = properties;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new DeskUser(
                account.toActor(), account.passwordHash(), account.isEnabled(), guard.isLocked(account.username()));
    }

    public List<AccountInfo> list() {
        requireAdmin();
        return accounts.findAllByOrderByRoleAscUsernameAsc().stream()
                .map(UserAccount::toInfo)
                .toList();
    }

    public boolean hasEnabledAdmin() {
        return accounts.countByRoleAndEnabledTrue(Role.ADMIN) > 0;
    }

    /** Creates one account with its own password. */
    @Transactional
    public AccountInfo create(NewAccount request, String password) {
        return createAll(List.of(request), password).getFirst();
    }

    /**
     * Creates accounts sharing one initial password (hashed once); all are checked before any is
     * saved.
     */
    @Transactional
    public List<AccountInfo> createAll(List<NewAccount> requests, String password) {
        requireAdmin();
        checkPassword(password);
        Set<String> names = new HashSet<>();
        for (NewAccount request : requests) {
            check(request);
            if (!names.add(request.username()) || accounts.existsByUsername(request.username())) {
                throw DeskException.conflict("account.username.taken", request.username());
            }
        }
        String hash = encoder.encode(password);
        return accounts
                .saveAll(requests.stream()
                        .map(r -> new UserAccount(
                                r.username(),
                                r.displayName().strip(),
                                hash,
                                r.role(),
                                r.poskoId(),
                                r.unitId(),
                                clock.instant()))
                        .toList())
                .stream()
                .map(UserAccount::toInfo)
                .toList();
    }

    @Transactional
    public AccountInfo setEnabled(long accountId, boolean enabled, long seenVersion) {
        Actor admin = requireAdmin();
        UserAccount account = find(accountId, seenVersion);
        if (!enabled && account.username().equals(admin.username())) {
            throw DeskException.invalid("account.disable.self");
        }
        account.setEnabled(enabled);
        AccountInfo saved = accounts.saveAndFlush(account).toInfo();
        if (!enabled) {
            guard.revokeSessions(account.username());
        }
        return saved;
    }

    @Transactional
    public AccountInfo resetPassword(long accountId, String newPassword, long seenVersion) {
        requireAdmin();
        checkPassword(newPassword);
        UserAccount account = find(accountId, seenVersion);
        account.setPasswordHash(encoder.encode(newPassword));
        AccountInfo saved = accounts.saveAndFlush(account).toInfo();
        guard.revokeSessions(account.username());
        return saved;
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
        account.linkOfficer(officerId);
        AccountInfo saved = accounts.saveAndFlush(account).toInfo();
        guard.revokeSessions(account.username());
        return saved;
    }

    private UserAccount find(long accountId, long seenVersion) {
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> DeskException.notFound("account.notFound", String.valueOf(accountId)));
        if (account.version() != seenVersion) {
            throw DeskException.conflict("account.stale");
        }
        return account;
    }

    private void check(NewAccount r) {
        if (r.role() == null) {
            throw DeskException.invalid("account.role.required");
        }
        if (!r.role().isForPeople()) {
            throw DeskException.invalid("account.role.notForPeople");
        }
        if (!USERNAME.matcher(r.username()).matches()) {
            throw DeskException.invalid("account.username.invalid");
        }
        String name = r.displayName().strip();
        if (name.length() < 2 || name.length() > 120) {
            throw DeskException.invalid("account.displayName.invalid");
        }
        boolean needsPost = r.role() == Role.KETUA_POSKO || r.role() == Role.PETUGAS;
        if (needsPost != (r.poskoId() != null)) {
            throw DeskException.invalid(needsPost ? "account.posko.required" : "account.posko.notAllowed");
        }
        if (r.poskoId() != null && posko.tile(r.poskoId()).isEmpty()) {
            throw DeskException.notFound("posko.notFound", String.valueOf(r.poskoId()));
        }
        boolean needsAgency = r.role() == Role.FORKOPIMDA;
        if (needsAgency != (r.unitId() != null)) {
            throw DeskException.invalid(needsAgency ? "account.unit.required" : "account.unit.notAllowed");
        }
        if (r.unitId() != null
                && staff.unit(r.unitId())
                        .filter(u -> u.kind() == UnitKind.FORKOPIMDA)
                        .isEmpty()) {
            throw DeskException.invalid("account.unit.notForkopimda");
        }
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

    private static Actor requireAdmin() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("account.forbidden");
        }
        return actor;
    }
}
