package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.account.internal.DeskRole;
import id.go.jakarta.deskpilkada.account.internal.DeskRoleRepository;
import id.go.jakarta.deskpilkada.account.internal.UserAccount;
import id.go.jakarta.deskpilkada.account.internal.UserAccountRepository;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's roles in several desks (docs/desks.md): his account belongs to one desk, and another
 * desk's ADMIN may give him a role there too (a provincial liaison who also works in a
 * kabupaten/kota desk). A person then works in one desk at a time, chosen after sign-in or from
 * the top bar ({@link #choices()}, {@link #switchTo}); a screen never mixes two desks. The
 * deployment's own ADMIN accounts may work in any desk (the national desk too, to set up its people).
 *
 * <p>Grants are rows of the desk where the role holds, so a desk's ADMIN sees and changes only
 * his desk's; the person's own list of desks is read across desks. Officers (PETUGAS) are on one
 * desk's roster and get no role in another. Every grant, revocation and switch is audited.
 */
@Service
@Transactional(readOnly = true)
public class DeskRoleService {

    static final String SUBJECT = "account.deskRole";

    /** The roles a person may hold in a desk other than his account's own. */
    public static final Set<Role> GRANTABLE =
            Set.of(Role.PIMPINAN, Role.KETUA_POSKO, Role.FORKOPIMDA, Role.BAKESBANGPOL, Role.ADMIN);

    private final DeskRoleRepository roles;
    private final UserAccountRepository accounts;
    private final DeskService desks;
    private final PoskoService posko;
    private final StaffService staff;
    private final AccountGuard guard;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final WorkingDesk working;
    /** A transaction of its own (the audit of a switch, a read across desks). */
    private final TransactionTemplate fresh;

    private final Clock clock;

    DeskRoleService(
            DeskRoleRepository roles,
            UserAccountRepository accounts,
            DeskService desks,
            PoskoService posko,
            StaffService staff,
            AccountGuard guard,
            AuditService audit,
            ApplicationEventPublisher events,
            WorkingDesk working,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.roles = roles;
        this.accounts = accounts;
        this.desks = desks;
        this.posko = posko;
        this.staff = staff;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.working = working;
        this.fresh = new TransactionTemplate(transactions);
        this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The roles people of other desks hold in the acting desk, oldest first; ADMIN only. */
    public List<DeskRoleInfo> list() {
        requireAdmin();
        List<DeskRole> held = roles.findAllByOrderByGrantedAtAsc();
        Map<Long, UserAccount> people = accounts
                .findAllById(held.stream().map(DeskRole::accountId).toList())
                .stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        Map<Long, DeskInfo> byId = desksById(people.values().stream()
                .map(UserAccount::deskId)
                .filter(Objects::nonNull)
                .toList());
        return held.stream()
                .filter(r -> people.containsKey(r.accountId()))
                .map(r -> info(r, people.get(r.accountId()), byId))
                .toList();
    }

    /**
     * Gives the person with that username a role in the acting desk; ADMIN only. His account must
     * belong to another desk (an account of this desk changes its role in the accounts screen; the
     * deployment's own accounts work everywhere already). A post chief's post and a liaison's
     * agency must be this desk's.
     */
    @Transactional
    public DeskRoleInfo grant(String username, Role role, @Nullable Long poskoId, @Nullable Long unitId) {
        Actor admin = requireAdmin();
        long desk = working.acting();
        UserAccount account = accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> DeskException.invalid("deskRole.account.unknown", username.strip()));
        if (account.deskId() == null) {
            throw DeskException.invalid("deskRole.account.deployment", account.username());
        }
        if (account.deskId() == desk) {
            throw DeskException.invalid("deskRole.account.here", account.username());
        }
        if (!GRANTABLE.contains(role)) {
            throw DeskException.invalid("deskRole.role.invalid");
        }
        Long post = role == Role.KETUA_POSKO ? poskoId : null;
        Long unit = role == Role.FORKOPIMDA ? unitId : null;
        if (role == Role.KETUA_POSKO && (post == null || posko.tile(post).isEmpty())) {
            throw DeskException.invalid("deskRole.posko.required");
        }
        if (role == Role.FORKOPIMDA && (unit == null || staff.unit(unit).isEmpty())) {
            throw DeskException.invalid("deskRole.unit.required");
        }
        if (roles.findByAccountIdAndDeskId(account.id(), desk).isPresent()) {
            throw DeskException.conflict("deskRole.exists", account.username());
        }
        DeskRole saved;
        try {
            saved = roles.saveAndFlush(new DeskRole(account.id(), role, post, unit, admin.username(), clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw DeskException.conflict("deskRole.exists", account.username());
        }
        DeskRoleInfo info = info(saved, account, homeDesk(account));
        audit.record(SUBJECT, account.username(), "granted", account.toActor().displayName(), null, fields(info));
        events.publishEvent(new AccountsChanged(List.of(account.id())));
        return info;
    }

    /**
     * Takes the role in the acting desk away, against the version the ADMIN saw; the person's
     * sessions end at once (one of them may be working in this desk). ADMIN only.
     */
    @Transactional
    public void revoke(long roleId, long seenVersion) {
        requireAdmin();
        DeskRole role = roles.findById(roleId)
                .orElseThrow(() -> DeskException.notFound("deskRole.notFound", String.valueOf(roleId)));
        if (role.version() != seenVersion) {
            throw DeskException.conflict("deskRole.stale");
        }
        UserAccount account = accounts.findById(role.accountId())
                .orElseThrow(() -> DeskException.notFound("deskRole.notFound", String.valueOf(roleId)));
        DeskRoleInfo before = info(role, account, homeDesk(account));
        roles.delete(role);
        roles.flush();
        audit.record(SUBJECT, account.username(), "revoked", account.toActor().displayName(), fields(before), null);
        guard.revokeSessions(account.username());
        events.publishEvent(new AccountsChanged(List.of(account.id())));
    }

    /**
     * The desks the signed-in person may work in, with his role in each: his account's desk and
     * those where he was given a role; for the deployment's own ADMIN accounts, every desk that holds
     * an election. Empty for machines and the system.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<DeskChoice> choices() {
        Actor actor = CurrentActor.find().orElse(null);
        if (actor == null || actor.system() || !actor.role().isForPeople()) {
            return List.of();
        }
        long current = working.acting();
        return options(actor.username()).values().stream()
                .map(o -> new DeskChoice(
                        o.desk().id(),
                        name(o.desk()),
                        o.actor().role(),
                        o.desk().id() == current))
                .toList();
    }

    /**
     * The signed-in person's principal for working in that desk: the same sign-in, acting with his
     * role there. Refused for a desk that is not one of his {@link #choices()}. Audited.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeskUser switchTo(long deskId, DeskUser current) {
        Actor actor = CurrentActor.require();
        if (!actor.username().equals(current.actor().username())) {
            throw DeskException.forbidden("deskRole.switch.forbidden");
        }
        Option chosen = options(actor.username()).get(deskId);
        if (chosen == null) {
            throw DeskException.forbidden("deskRole.switch.forbidden");
        }
        fresh.executeWithoutResult(
                tx -> audit.record("account", actor.username(), "deskSwitched", name(chosen.desk()), null, null));
        return current.actingAs(chosen.actor());
    }

    private record Option(DeskInfo desk, Actor actor) {}

    /**
     * The person's desks by id, in the order offered: his own, then the granted ones, by name. None
     * for a name that is no enabled account.
     */
    private Map<Long, Option> options(String username) {
        UserAccount account = accounts.findByUsername(username).orElse(null);
        if (account == null || !account.isEnabled()) {
            return Map.of();
        }
        Map<Long, Option> options = new LinkedHashMap<>();
        Actor home = account.toActor();
        if (account.deskId() == null) {
            if (account.role() == Role.ADMIN) {
                // Every desk: those that only roll up too (the national desk), to set up their people.
                desks.all().stream()
                        .sorted(java.util.Comparator.comparing(DeskRoleService::name))
                        // In the working desk he is the deployment's admin again (deskId null), who
                        // may change what all desks share; in any other he acts as its admin.
                        .forEach(d -> options.put(
                                d.id(), new Option(d, d.id() == working.id() ? home : home.inDesk(d.id()))));
            }
            return options;
        }
        // A session of its own: one already open on this thread keeps the desk it was opened in.
        List<DeskRole> granted =
                CurrentActor.acrossDesks(() -> fresh.execute(tx -> roles.findByAccountId(account.id())));
        // Asked on every page a person opens: only his own desks are read, not the whole registry.
        List<Long> ids = new ArrayList<>(granted.stream().map(DeskRole::deskId).toList());
        ids.add(account.deskId());
        Map<Long, DeskInfo> byId = desksById(ids);
        DeskInfo own = byId.get(account.deskId());
        if (own != null) {
            options.put(own.id(), new Option(own, home));
        }
        List<Option> others = new ArrayList<>();
        for (DeskRole role : granted) {
            DeskInfo desk = byId.get(role.deskId());
            if (desk != null && !options.containsKey(desk.id())) {
                others.add(new Option(desk, role.actorOf(account)));
            }
        }
        others.sort(java.util.Comparator.comparing(o -> name(o.desk())));
        others.forEach(o -> options.put(o.desk().id(), o));
        return options;
    }

    private Map<Long, DeskInfo> desksById(Collection<Long> ids) {
        return desks.withIds(Set.copyOf(ids)).stream().collect(Collectors.toMap(DeskInfo::id, Function.identity()));
    }

    private Map<Long, DeskInfo> homeDesk(UserAccount account) {
        Long desk = account.deskId();
        return desk == null ? Map.of() : desksById(List.of(desk));
    }

    /** A desk's name as people know it: its region's ("Jawa Barat", "Kabupaten Bogor"). */
    static String name(DeskInfo desk) {
        return desk.regionName().isEmpty() ? desk.code() : desk.regionName();
    }

    private static DeskRoleInfo info(DeskRole role, UserAccount account, Map<Long, DeskInfo> desks) {
        Long home = account.deskId();
        DeskInfo homeDesk = home == null ? null : desks.get(home);
        return new DeskRoleInfo(
                role.id(),
                role.version(),
                account.username(),
                account.toActor().displayName(),
                homeDesk == null ? "" : name(homeDesk),
                role.role(),
                role.poskoId(),
                role.unitId(),
                role.grantedBy(),
                role.grantedAt());
    }

    private static Map<String, Object> fields(DeskRoleInfo info) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("peran", info.role().name());
        fields.put("posko", info.poskoId());
        fields.put("instansi", info.unitId());
        fields.put("desk asal", info.homeDesk());
        return fields;
    }

    private static Actor requireAdmin() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("error.forbidden");
        }
        return actor;
    }
}
