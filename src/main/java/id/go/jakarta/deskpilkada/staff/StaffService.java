package id.go.jakarta.deskpilkada.staff;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.table.ImportPlan;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableColumns;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.internal.Nip;
import id.go.jakarta.deskpilkada.staff.internal.Officer;
import id.go.jakarta.deskpilkada.staff.internal.OfficerExport;
import id.go.jakarta.deskpilkada.staff.internal.OfficerImport;
import id.go.jakarta.deskpilkada.staff.internal.OfficerRepository;
import id.go.jakarta.deskpilkada.staff.internal.Phone;
import id.go.jakarta.deskpilkada.staff.internal.Unit;
import id.go.jakarta.deskpilkada.staff.internal.UnitRepository;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units and officers. Names and phone numbers are shown only to those who plan and lead the posts:
 * ADMIN and leadership see every post, a post's chief his own. ADMIN and the chief (for his own post)
 * create, edit, deactivate and import officers; leadership reads and exports.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

    public static final int MAX_NAME = 120;
    /** Largest officer file accepted, in bytes, and most officer rows in one file. */
    public static final int MAX_IMPORT_BYTES = TableReader.MAX_BYTES;

    public static final int MAX_IMPORT_ROWS = TableColumns.DEFAULT_MAX_ROWS;

    private static final String KOMINFOMAS = "KOMINFOMAS";
    private static final int NIP_QUERY_CHUNK = 1000;

    private final UnitRepository units;
    private final OfficerRepository officers;
    private final PoskoService posko;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    StaffService(
            UnitRepository units,
            OfficerRepository officers,
            PoskoService posko,
            ApplicationEventPublisher events,
            Messages messages) {
        this.units = units;
        this.officers = officers;
        this.posko = posko;
        this.events = events;
        this.messages = messages;
    }

    public List<UnitInfo> units() {
        return units.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(Unit::toInfo)
                .toList();
    }

    public Optional<UnitInfo> unit(long id) {
        return units.findById(id).map(Unit::toInfo);
    }

    public Optional<UnitInfo> unitByCode(String code) {
        return units.findByCode(code).map(Unit::toInfo);
    }

    /** Whether the actor may read the officers of every post (ADMIN, leadership). */
    public boolean mayReadAll(Actor actor) {
        return actor.system() || actor.is(Role.ADMIN) || actor.is(Role.PIMPINAN);
    }

    /** Whether the actor may read that post's officers. */
    public boolean mayRead(Actor actor, long poskoId) {
        return mayReadAll(actor) || mayManage(actor, poskoId);
    }

    /** Whether the actor may create, edit, deactivate and import that post's officers. */
    public boolean mayManage(Actor actor, long poskoId) {
        return actor.system() || actor.is(Role.ADMIN) || actor.is(Role.KETUA_POSKO) && actor.belongsTo(poskoId);
    }

    private static boolean managesAnyPost(Actor actor) {
        return actor.system() || actor.is(Role.ADMIN) || actor.is(Role.KETUA_POSKO) && actor.poskoId() != null;
    }

    /** The officers of a post, for leadership, admins and that post's own chief. */
    public List<OfficerInfo> officersOf(long poskoId) {
        Actor actor = CurrentActor.require();
        if (!mayRead(actor, poskoId)) {
            throw DeskException.forbidden("staff.forbidden");
        }
        if (posko.tile(poskoId).isEmpty()) {
            // Another desk's post, or none: its officers are not this desk's to list.
            throw DeskException.notFound("posko.notFound", String.valueOf(poskoId));
        }
        return officers.findByHomePoskoIdOrderByFullName(poskoId).stream()
                .map(Officer::toInfo)
                .toList();
    }

    /** Every officer the actor may see: all posts for ADMIN and leadership, his own post for a chief. */
    public List<OfficerInfo> visibleOfficers() {
        Actor actor = CurrentActor.require();
        if (mayReadAll(actor)) {
            return officers.findAllByOrderByFullName().stream()
                    .map(Officer::toInfo)
                    .toList();
        }
        if (actor.is(Role.KETUA_POSKO) && actor.poskoId() != null) {
            return officersOf(actor.poskoId());
        }
        throw DeskException.forbidden("staff.forbidden");
    }

    public OfficerInfo officer(long id) {
        Officer officer = find(id);
        if (!mayRead(CurrentActor.require(), officer.homePoskoId())) {
            throw DeskException.forbidden("staff.forbidden");
        }
        return officer.toInfo();
    }

    /** Daily (non-reserve, active) officers per post: counts only, visible to every role. */
    public Map<Long, Long> dailyOfficerCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : officers.countDailyByPosko()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Registers one officer, active. */
    @Transactional
    public OfficerInfo create(OfficerForm form) {
        Actor actor = CurrentActor.require();
        OfficerForm checked = check(actor, form, null, unitsById());
        if (officers.existsByNip(checked.nip())) {
            throw DeskException.conflict("nip.taken", checked.nip());
        }
        Officer officer = new Officer(checked);
        save(officer);
        changed(List.of(checked.homePoskoId()));
        return officer.toInfo();
    }

    /**
     * Edits an officer as the actor saw him.
     *
     * @param expectedVersion the version the actor was looking at; if somebody changed the officer
     *                        since, nothing is changed and a CONFLICT says so
     */
    @Transactional
    public OfficerInfo update(long id, long expectedVersion, OfficerForm form) {
        Actor actor = CurrentActor.require();
        Officer officer = findToManage(actor, id, expectedVersion);
        OfficerForm checked = check(actor, form, officer, unitsById());
        if (!checked.nip().equals(officer.nip()) && officers.existsByNip(checked.nip())) {
            throw DeskException.conflict("nip.taken", checked.nip());
        }
        long before = officer.homePoskoId();
        officer.edit(checked);
        save(officer);
        changed(List.of(before, checked.homePoskoId()));
        return officer.toInfo();
    }

    /** Deactivates (or reactivates) an officer; inactive officers are kept but not rostered. */
    @Transactional
    public OfficerInfo setActive(long id, long expectedVersion, boolean active) {
        Officer officer = findToManage(CurrentActor.require(), id, expectedVersion);
        if (officer.active() != active) {
            officer.setActive(active);
            save(officer);
            changed(List.of(officer.homePoskoId()));
        }
        return officer.toInfo();
    }

    /** Registers officers; all are checked first and none is saved if one is invalid. */
    @Transactional
    public List<OfficerInfo> register(List<NewOfficer> newOfficers) {
        Actor actor = CurrentActor.require();
        Map<Long, UnitInfo> unitsById = unitsById();
        Set<String> nips = new HashSet<>();
        List<Officer> checked = new ArrayList<>();
        for (NewOfficer o : newOfficers) {
            OfficerForm form = check(actor, OfficerForm.of(o), null, unitsById);
            if (!nips.add(form.nip()) || officers.existsByNip(form.nip())) {
                throw DeskException.conflict("nip.taken", form.nip());
            }
            checked.add(new Officer(form));
        }
        List<Officer> saved = officers.saveAll(checked);
        changed(saved.stream().map(Officer::homePoskoId).toList());
        return saved.stream().map(Officer::toInfo).toList();
    }

    /**
     * Imports an officer file (CSV or XLSX, at most {@link #MAX_IMPORT_BYTES} bytes and
     * {@link #MAX_IMPORT_ROWS} rows). A row whose NIP is registered updates that officer, any
     * other row registers one. Every row is checked first: if any is bad nothing is written and
     * the result lists every bad row; a problem with the file itself is thrown.
     */
    @Transactional
    public ImportResult importOfficers(InputStream content) {
        Actor actor = CurrentActor.require();
        if (!managesAnyPost(actor)) {
            throw DeskException.forbidden("staff.forbidden");
        }
        List<TableRow> rows = OfficerImport.read(content);
        Lookups lookups = lookups(rows);
        Map<String, Integer> firstLineOfNip = new HashMap<>();
        ImportPlan<Planned> plan = ImportPlan.of(rows, row -> {
            Planned planned = plan(actor, row, lookups);
            Integer earlier = firstLineOfNip.putIfAbsent(planned.form().nip(), row.line());
            if (earlier != null) {
                throw DeskException.invalid(
                        "officers.import.nip.repeated", planned.form().nip(), earlier);
            }
            return planned;
        });
        return plan.isClean() ? apply(plan.planned()) : plan.refused();
    }

    /** Officers as a file that {@link #importOfficers} takes back unchanged; {@code poskoId} null: all visible. */
    public byte[] exportOfficers(TableFormat format, @Nullable Long poskoId) {
        List<OfficerInfo> list = poskoId == null ? visibleOfficers() : officersOf(poskoId);
        Map<Long, UnitInfo> unitsById = unitsById();
        Map<Long, String> postCodes =
                posko.allTiles().stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::code));
        return OfficerExport.write(
                format,
                list.stream()
                        .map(o -> new OfficerExport.Line(
                                o.nip(),
                                o.fullName(),
                                unitsById.get(o.unitId()).code(),
                                o.postRole().name(),
                                o.phone() == null ? "" : o.phone(),
                                postCodes.getOrDefault(o.homePoskoId(), ""),
                                o.active(),
                                o.reserve()))
                        .toList());
    }

    private record Planned(@Nullable Officer current, OfficerForm form, boolean active) {}

    private record Lookups(
            Map<Long, UnitInfo> unitsById,
            Map<String, UnitInfo> units,
            Map<String, PoskoTile> posts,
            Map<String, PostRole> roles,
            Map<String, Officer> existing) {}

    private Lookups lookups(List<TableRow> rows) {
        Map<Long, UnitInfo> unitsById = unitsById();
        Map<String, UnitInfo> unitKeys = new HashMap<>();
        for (UnitInfo unit : unitsById.values()) {
            unitKeys.putIfAbsent(key(unit.shortName()), unit);
        }
        // A code wins over a short name that happens to read the same.
        unitsById.values().forEach(unit -> unitKeys.put(key(unit.code()), unit));
        Map<String, PoskoTile> posts =
                posko.tiles().stream().collect(Collectors.toMap(t -> key(t.code()), Function.identity()));
        Map<String, PostRole> roles = new HashMap<>();
        for (PostRole role : PostRole.values()) {
            for (Locale language : Languages.ALL) {
                roles.put(key(messages.getTranslation(role.labelKey(), language)), role);
            }
            roles.put(key(role.name()), role);
        }
        List<String> nips = rows.stream()
                .map(r -> normaliseNip(r.get(OfficerImport.NIP)))
                .filter(n -> Nip.problem(n).isEmpty())
                .distinct()
                .toList();
        Map<String, Officer> existing = new HashMap<>();
        for (int i = 0; i < nips.size(); i += NIP_QUERY_CHUNK) {
            officers.findByNipIn(nips.subList(i, Math.min(nips.size(), i + NIP_QUERY_CHUNK)))
                    .forEach(o -> existing.put(o.nip(), o));
        }
        return new Lookups(unitsById, unitKeys, posts, roles, existing);
    }

    private Planned plan(Actor actor, TableRow row, Lookups lookups) {
        String nip = normaliseNip(row.required(OfficerImport.NIP));
        String name = row.required(OfficerImport.NAME);
        String unitText = row.required(OfficerImport.UNIT);
        UnitInfo unit = lookups.units().get(key(unitText));
        if (unit == null) {
            throw DeskException.invalid("officers.import.unit.unknown", unitText);
        }
        String roleText = row.required(OfficerImport.ROLE);
        PostRole role = lookups.roles().get(key(roleText));
        if (role == null) {
            throw DeskException.invalid("officers.import.role.unknown", roleText);
        }
        String postText = row.required(OfficerImport.POST);
        PoskoTile post = lookups.posts().get(key(postText));
        if (post == null) {
            throw DeskException.invalid("officers.import.posko.unknown", postText);
        }
        boolean active = row.yesNo(OfficerImport.ACTIVE, true);
        boolean reserve = row.yesNo(OfficerImport.RESERVE, false);
        Officer current = lookups.existing().get(nip);
        OfficerForm form = check(
                actor,
                new OfficerForm(nip, name, unit.id(), role, row.get(OfficerImport.PHONE), post.id(), reserve),
                current,
                lookups.unitsById());
        return new Planned(current, form, active);
    }

    private ImportResult apply(List<Planned> plan) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<Long> posts = new HashSet<>();
        List<Officer> changed = new ArrayList<>();
        for (Planned p : plan) {
            Officer officer = p.current();
            if (officer == null) {
                officer = new Officer(p.form());
                created++;
            } else if (officer.matches(p.form(), p.active())) {
                unchanged++;
                continue;
            } else {
                posts.add(officer.homePoskoId());
                officer.edit(p.form());
                updated++;
            }
            officer.setActive(p.active());
            posts.add(p.form().homePoskoId());
            changed.add(officer);
        }
        try {
            officers.saveAll(changed);
            officers.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Someone changed these officers while the file was read: the whole import is rolled back.
            throw DeskException.conflict("officers.import.conflict");
        }
        changed(posts);
        return ImportResult.applied(created, updated, unchanged);
    }

    /**
     * The form checked and normalised, or the first problem with it. NIP uniqueness is left to the
     * caller, who knows whether the NIP is the officer's own.
     */
    private OfficerForm check(
            Actor actor, OfficerForm form, @Nullable Officer existing, Map<Long, UnitInfo> unitsById) {
        if (!managesAnyPost(actor)) {
            throw DeskException.forbidden("staff.forbidden");
        }
        if (existing != null && !mayManage(actor, existing.homePoskoId())) {
            throw DeskException.forbidden("officers.other.forbidden", existing.nip());
        }
        PoskoTile post = posko.tile(form.homePoskoId())
                .orElseThrow(() -> DeskException.notFound("posko.notFound", String.valueOf(form.homePoskoId())));
        if (!mayManage(actor, post.id())) {
            throw DeskException.forbidden("officers.post.forbidden", post.name());
        }
        String nip = normaliseNip(form.nip());
        Nip.problem(nip).ifPresent(key -> {
            throw DeskException.invalid(key, nip);
        });
        String name = form.fullName().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DeskException.invalid("staff.name.invalid");
        }
        if (!Character.isLetter(name.codePointAt(0))) {
            // Also keeps a name from reading as a formula when an export is opened in a spreadsheet.
            throw DeskException.invalid("officers.name.start");
        }
        UnitInfo unit = unitsById.get(form.unitId());
        if (unit == null) {
            throw DeskException.notFound("unit.notFound", String.valueOf(form.unitId()));
        }
        if (!unit.active() && (existing == null || existing.unitId() != unit.id())) {
            // A retired unit stays on the officers who have it, and is given to no other.
            throw DeskException.invalid("officers.unit.retired", unit.shortName());
        }
        if (form.postRole() == PostRole.PENGHUBUNG_FORKOPIMDA && unit.kind() != UnitKind.FORKOPIMDA) {
            throw DeskException.invalid("officers.role.forkopimdaOnly", unit.shortName());
        }
        if (form.postRole() == PostRole.TEKNISI_KOMINFOMAS && !KOMINFOMAS.equals(unit.code())) {
            throw DeskException.invalid("officers.role.kominfomasOnly", unit.shortName());
        }
        String phone = Phone.normalise(form.phone());
        Phone.problem(phone).ifPresent(key -> {
            throw DeskException.invalid(key, String.valueOf(form.phone()).strip());
        });
        return new OfficerForm(nip, name, unit.id(), form.postRole(), phone, post.id(), form.reserve());
    }

    private Officer findToManage(Actor actor, long id, long expectedVersion) {
        Officer officer = find(id);
        if (!mayManage(actor, officer.homePoskoId())) {
            throw DeskException.forbidden("staff.forbidden");
        }
        if (officer.version() != expectedVersion) {
            throw stale(officer);
        }
        return officer;
    }

    private Officer find(long id) {
        return officers.findById(id).orElseThrow(() -> DeskException.notFound("officers.notFound", String.valueOf(id)));
    }

    private void save(Officer officer) {
        try {
            officers.saveAndFlush(officer);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(officer);
        } catch (DataIntegrityViolationException e) {
            // Two people registered the same NIP at the same moment; the other one won.
            throw DeskException.conflict("nip.taken", officer.nip());
        }
    }

    private static DeskException stale(Officer officer) {
        return DeskException.conflict("officers.stale", officer.toInfo().fullName());
    }

    private void changed(Collection<Long> poskoIds) {
        if (!poskoIds.isEmpty()) {
            events.publishEvent(new OfficersChanged(List.copyOf(poskoIds)));
        }
    }

    private Map<Long, UnitInfo> unitsById() {
        return units.findAll().stream().map(Unit::toInfo).collect(Collectors.toMap(UnitInfo::id, Function.identity()));
    }

    private static String normaliseNip(String nip) {
        return nip.replaceAll("\\s", "");
    }

    /** Case, spaces, dashes and underscores do not matter in codes, roles and posts typed in a file. */
    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
