package id.go.jakarta.deskpilkada.staff;

import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.table.ImportPlan;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.staff.internal.OfficerRepository;
import id.go.jakarta.deskpilkada.staff.internal.Unit;
import id.go.jakarta.deskpilkada.staff.internal.UnitFile;
import id.go.jakarta.deskpilkada.staff.internal.UnitRepository;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units (SKPD and Forkopimda agencies) as the ADMIN keeps them on the setup console: add,
 * rename, order, retire and bring back, import and export. Nothing referenced is ever deleted: a
 * retired unit still names the officers, accounts and referrals that have it, and is offered for no
 * new one. Every change is checked against the version the ADMIN saw, recorded in the audit trail
 * and announced to every screen ({@link UnitsChanged}). Reads are {@link StaffService#units()}.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

    /** Longest code, name and short name accepted (the columns hold 30, 200 and 60). */
    public static final int MAX_CODE = 30;

    public static final int MAX_NAME = 200;
    public static final int MAX_SHORT_NAME = 60;

    private static final String SUBJECT = "unit";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]*");

    private final UnitRepository units;
    private final OfficerRepository officers;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    UnitService(
            UnitRepository units, OfficerRepository officers, AuditService audit, ApplicationEventPublisher events) {
        this.units = units;
        this.officers = officers;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Adds an active unit at the end of the list. The code (letters, digits and underscores; written
     * in capitals) is kept for life; the short name must differ from every other unit's.
     */
    @Transactional
    public UnitInfo create(String code, UnitForm form) {
        requireAdmin();
        String checkedCode = code(code);
        UnitForm checked = check(form);
        List<Unit> all = units.findAll();
        if (all.stream().anyMatch(u -> u.code().equals(checkedCode))) {
            throw DeskException.conflict("units.code.taken", checkedCode);
        }
        refuseTakenShortName(all, checked.shortName(), checkedCode);
        int last = all.stream().mapToInt(Unit::sortOrder).max().orElse(0);
        Unit unit = new Unit(checkedCode, checked, last + 1);
        UnitInfo created = save(unit);
        audit.record(SUBJECT, created.code(), "created", created.name(), null, fields(created));
        changed(List.of(created.id()));
        return created;
    }

    /**
     * Renames a unit (name, short name) or changes its kind, against the version the ADMIN saw. A
     * Forkopimda agency with liaison officers stays Forkopimda.
     */
    @Transactional
    public UnitInfo update(long id, long seenVersion, UnitForm form) {
        requireAdmin();
        Unit unit = seen(id, seenVersion);
        UnitForm checked = check(form);
        UnitInfo before = unit.toInfo();
        refuseTakenShortName(units.findAll(), checked.shortName(), before.code());
        refuseKindChange(before, checked.kind());
        unit.describe(checked);
        UnitInfo after = save(unit);
        audit.record(SUBJECT, after.code(), "updated", after.name(), fields(before), fields(after));
        if (after.version() != before.version()) {
            changed(List.of(after.id()));
        }
        return after;
    }

    /**
     * Moves a unit {@code by} places (-1: one up, 1: one down) among all units, retired ones too,
     * against the version the ADMIN saw; at either end it stays. The list is numbered 1, 2, 3 ...
     * afresh, so order numbers an import gave twice are told apart.
     */
    @Transactional
    public UnitInfo move(long id, long seenVersion, int by) {
        requireAdmin();
        Unit unit = seen(id, seenVersion);
        List<Unit> ordered = new ArrayList<>(units.findAllByOrderBySortOrderAscNameAsc());
        int from = ordered.indexOf(unit);
        int to = Math.clamp((long) from + by, 0, ordered.size() - 1);
        if (from == to) {
            return unit.toInfo();
        }
        UnitInfo before = unit.toInfo();
        ordered.remove(from);
        ordered.add(to, unit);
        List<Long> renumbered = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).sortOrder() != i + 1) {
                ordered.get(i).placeAt(i + 1);
                renumbered.add(ordered.get(i).id());
            }
        }
        UnitInfo after = save(unit);
        audit.record(SUBJECT, after.code(), "reordered", after.name(), fields(before), fields(after));
        changed(renumbered);
        return after;
    }

    /** Retires a unit: no longer offered for new officers, accounts or referrals; old ones keep it. */
    @Transactional
    public UnitInfo retire(long id, long seenVersion) {
        return setActive(id, seenVersion, false);
    }

    /** Brings a retired unit back into the pickers. */
    @Transactional
    public UnitInfo restore(long id, long seenVersion) {
        return setActive(id, seenVersion, true);
    }

    private UnitInfo setActive(long id, long seenVersion, boolean active) {
        requireAdmin();
        Unit unit = seen(id, seenVersion);
        if (unit.active() == active) {
            return unit.toInfo();
        }
        UnitInfo before = unit.toInfo();
        unit.setActive(active);
        UnitInfo after = save(unit);
        audit.record(
                SUBJECT, after.code(), active ? "restored" : "retired", after.name(), fields(before), fields(after));
        changed(List.of(after.id()));
        return after;
    }

    /**
     * Imports a unit file ({@link UnitFile}: CSV or XLSX), all or nothing: a row whose code is known
     * updates that unit, any other adds one; units not in the file are left as they are. Every row
     * that cannot be taken is named with its line, and then nothing changes.
     */
    @Transactional
    public ImportResult importUnits(InputStream content) {
        requireAdmin();
        List<TableRow> rows = UnitFile.rows(content);
        List<Unit> all = units.findAllByOrderBySortOrderAscNameAsc();
        Map<String, Unit> byCode = all.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        Set<String> codesInFile =
                rows.stream().map(r -> normalised(r.get(UnitFile.CODE))).collect(Collectors.toSet());
        // Short names are told apart from those of the units the file leaves alone, and from each other.
        Map<String, String> shortNames = new HashMap<>();
        all.stream()
                .filter(u -> !codesInFile.contains(u.code()))
                .forEach(u -> shortNames.put(key(u.toInfo().shortName()), u.code()));
        Map<String, Integer> firstLine = new HashMap<>();
        ImportPlan<Planned> plan = ImportPlan.of(rows, row -> {
            UnitFile.Line line = UnitFile.line(row);
            String code = code(line.code());
            Integer earlier = firstLine.putIfAbsent(code, line.line());
            if (earlier != null) {
                throw DeskException.invalid("units.import.code.repeated", code, earlier);
            }
            UnitForm form = check(new UnitForm(line.name(), line.shortName(), line.kind()));
            String holder = shortNames.putIfAbsent(key(form.shortName()), code);
            if (holder != null) {
                throw DeskException.invalid("units.shortName.taken", form.shortName(), holder);
            }
            Unit current = byCode.get(code);
            if (current != null) {
                refuseKindChange(current.toInfo(), form.kind());
            }
            return new Planned(current, code, form, line.sortOrder(), line.active());
        });
        if (!plan.isClean()) {
            return plan.refused();
        }
        return apply(
                plan.planned(), all.stream().mapToInt(Unit::sortOrder).max().orElse(0));
    }

    private record Planned(
            @Nullable Unit current,
            String code,
            UnitForm form,
            @Nullable Integer sortOrder,
            @Nullable Boolean active) {}

    private ImportResult apply(List<Planned> plan, int lastOrder) {
        int next = lastOrder + 1;
        int created = 0;
        int updated = 0;
        List<Long> touched = new ArrayList<>();
        for (Planned p : plan) {
            Unit unit = p.current();
            @Nullable Map<String, Object> before = unit == null ? null : fields(unit.toInfo());
            if (unit == null) {
                unit = new Unit(p.code(), p.form(), p.sortOrder() == null ? next++ : p.sortOrder());
                created++;
            } else {
                unit.describe(p.form());
                if (p.sortOrder() != null) {
                    unit.placeAt(p.sortOrder());
                }
            }
            if (p.active() != null) {
                unit.setActive(p.active());
            }
            Map<String, Object> after = fields(unit.toInfo());
            if (after.equals(before)) {
                continue;
            }
            if (before != null) {
                updated++;
            }
            UnitInfo saved;
            try {
                saved = units.save(unit).toInfo();
            } catch (DataIntegrityViolationException e) {
                // A code that another desk holds (codes are unique in the deployment), or a race.
                throw DeskException.conflict("units.code.taken", unit.code());
            }
            audit.record(SUBJECT, saved.code(), "imported", saved.name(), before, after);
            touched.add(saved.id());
        }
        try {
            units.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Someone changed the units while the file was read: the whole import is rolled back.
            throw DeskException.conflict("units.import.conflict");
        }
        changed(touched);
        return ImportResult.applied(created, updated, plan.size() - created - updated);
    }

    /** Every unit, retired ones too, in their order, as a file {@link #importUnits} reads back unchanged. */
    public byte[] exportUnits(TableFormat format) {
        requireAdmin();
        return UnitFile.write(
                format,
                units.findAllByOrderBySortOrderAscNameAsc().stream()
                        .map(Unit::toInfo)
                        .toList());
    }

    private void refuseTakenShortName(List<Unit> all, String shortName, String ownCode) {
        all.stream()
                .filter(u -> !u.code().equals(ownCode))
                .filter(u -> key(u.toInfo().shortName()).equals(key(shortName)))
                .findFirst()
                .ifPresent(u -> {
                    throw DeskException.conflict("units.shortName.taken", shortName, u.code());
                });
    }

    /** A liaison officer answers for a Forkopimda agency: his agency cannot become an SKPD. */
    private void refuseKindChange(UnitInfo unit, UnitKind kind) {
        if (unit.kind() == UnitKind.FORKOPIMDA
                && kind != UnitKind.FORKOPIMDA
                && officers.existsByUnitIdAndPostRole(unit.id(), PostRole.PENGHUBUNG_FORKOPIMDA)) {
            throw DeskException.invalid("units.kind.liaisons", unit.shortName());
        }
    }

    /** The code in capitals, spaces and dashes as underscores, or the reason it cannot be one. */
    private static String code(String text) {
        String code = normalised(text);
        if (code.isEmpty() || code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            throw DeskException.invalid("units.code.invalid", text.strip(), MAX_CODE);
        }
        return code;
    }

    private static String normalised(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static UnitForm check(UnitForm form) {
        String name = form.name().strip().replaceAll("\\s+", " ");
        String shortName = form.shortName().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DeskException.invalid("units.name.invalid", MAX_NAME);
        }
        if (shortName.isEmpty() || shortName.length() > MAX_SHORT_NAME) {
            throw DeskException.invalid("units.shortName.invalid", MAX_SHORT_NAME);
        }
        // Also keeps a name from reading as a formula when an export is opened in a spreadsheet.
        if (!Character.isLetterOrDigit(name.codePointAt(0)) || !Character.isLetterOrDigit(shortName.codePointAt(0))) {
            throw DeskException.invalid("units.name.start");
        }
        return new UnitForm(name, shortName, form.kind());
    }

    private Unit seen(long id, long seenVersion) {
        Unit unit = units.findById(id).orElseThrow(() -> DeskException.notFound("unit.notFound", String.valueOf(id)));
        if (unit.version() != seenVersion) {
            throw stale(unit);
        }
        return unit;
    }

    private UnitInfo save(Unit unit) {
        try {
            return units.saveAndFlush(unit).toInfo();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(unit);
        } catch (DataIntegrityViolationException e) {
            // Two admins added the same code at the same moment; the other one won.
            throw DeskException.conflict("units.code.taken", unit.code());
        }
    }

    private static DeskException stale(Unit unit) {
        return DeskException.conflict("units.changed", unit.toInfo().shortName());
    }

    private void changed(List<Long> unitIds) {
        if (!unitIds.isEmpty()) {
            events.publishEvent(new UnitsChanged(unitIds));
        }
    }

    /** The unit as the audit trail shows it. */
    private static Map<String, Object> fields(UnitInfo u) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kode", u.code());
        fields.put("nama", u.name());
        fields.put("singkatan", u.shortName());
        fields.put("jenis", u.kind().name());
        fields.put("urutan", u.sortOrder());
        fields.put("aktif", TableRow.yesNo(u.active()));
        return fields;
    }

    /** Case and spacing do not tell short names apart. */
    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static void requireAdmin() {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("units.forbidden");
        }
    }
}
