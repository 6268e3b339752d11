package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.table.ImportPlan;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.issues.internal.CategoryFile;
import id.go.jakarta.deskpilkada.issues.internal.IssueCategory;
import id.go.jakarta.deskpilkada.issues.internal.IssueCategoryRepository;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue categories as the ADMIN keeps them on the setup console: add, rename, order, retire and
 * bring back, import and export. Each desk keeps its own set, which its ADMIN changes (a new desk
 * starts with its parent desk's set); another desk's category is not found. A category is never deleted: a retired one still names the issues
 * filed under it, and no new issue gets it; one category at least stays active. Every change is
 * checked against the version the ADMIN saw, recorded in the audit trail and announced to every
 * screen and the wall ({@link CategoriesChanged}). Reads are {@link IssueService#categories()}.
 */
@Service
@Transactional(readOnly = true)
public class CategoryService {

    /** Longest code and name accepted (the columns hold 30 and 80). */
    public static final int MAX_CODE = 30;

    public static final int MAX_NAME = 80;

    private static final String SUBJECT = "issue.category";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{0,29}");

    private final IssueCategoryRepository repository;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    CategoryService(IssueCategoryRepository repository, AuditService audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
    }

    /** Adds an active category at the end. Its code (capitals, digits, underscores) is kept for life. */
    @Transactional
    public CategoryInfo create(String code, String name) {
        requireAdmin();
        String checkedCode = checkCode(code);
        String checkedName = checkName(name);
        List<IssueCategory> existing = repository.findAll();
        if (existing.stream().anyMatch(c -> c.code().equals(checkedCode))) {
            throw DeskException.conflict("categories.code.taken", checkedCode);
        }
        nameHolder(existing, checkedName, checkedCode).ifPresent(other -> {
            throw DeskException.conflict("categories.name.taken", checkedName, other.code());
        });
        int place = existing.stream().mapToInt(IssueCategory::sortOrder).max().orElse(0) + 1;
        CategoryInfo created = store(new IssueCategory(checkedCode, checkedName, place));
        audit.record(SUBJECT, created.code(), "created", created.name(), null, trail(created));
        announce(List.of(created.id()));
        return created;
    }

    /** Renames a category, against the version the ADMIN saw; issues filed under it show the new name. */
    @Transactional
    public CategoryInfo rename(long id, long seenVersion, String name) {
        requireAdmin();
        IssueCategory category = asSeen(id, seenVersion);
        String checkedName = checkName(name);
        nameHolder(repository.findAll(), checkedName, category.code()).ifPresent(other -> {
            throw DeskException.conflict("categories.name.taken", checkedName, other.code());
        });
        CategoryInfo before = category.toInfo();
        category.rename(checkedName);
        CategoryInfo after = store(category);
        audit.record(SUBJECT, after.code(), "updated", after.name(), trail(before), trail(after));
        if (before.version() != after.version()) {
            announce(List.of(after.id()));
        }
        return after;
    }

    /**
     * Moves a category {@code by} places (-1: up, 1: down) among all, retired ones too, against the
     * version the ADMIN saw; at the top or the bottom it stays. The places are numbered 1, 2, 3 ...
     * afresh, so that equal numbers from an import are told apart.
     */
    @Transactional
    public CategoryInfo move(long id, long seenVersion, int by) {
        requireAdmin();
        IssueCategory category = asSeen(id, seenVersion);
        List<IssueCategory> list = new ArrayList<>(repository.findAllByOrderBySortOrderAscNameAsc());
        int at = list.indexOf(category);
        int target = Math.max(0, Math.min(list.size() - 1, at + by));
        if (target == at) {
            return category.toInfo();
        }
        CategoryInfo before = category.toInfo();
        list.add(target, list.remove(at));
        List<Long> moved = new ArrayList<>();
        int place = 1;
        for (IssueCategory c : list) {
            if (c.sortOrder() != place) {
                c.placeAt(place);
                moved.add(c.id());
            }
            place++;
        }
        CategoryInfo after = store(category);
        audit.record(SUBJECT, after.code(), "reordered", after.name(), trail(before), trail(after));
        announce(moved);
        return after;
    }

    /** Retires a category: no new issue gets it, the issues filed under it keep it. */
    @Transactional
    public CategoryInfo retire(long id, long seenVersion) {
        requireAdmin();
        IssueCategory category = asSeen(id, seenVersion);
        if (!category.active()) {
            return category.toInfo();
        }
        if (repository.findAll().stream().filter(IssueCategory::active).count() == 1) {
            throw DeskException.invalid("categories.lastActive", category.name());
        }
        return switched(category, false, "retired");
    }

    /** Offers a retired category for new issues again. */
    @Transactional
    public CategoryInfo restore(long id, long seenVersion) {
        requireAdmin();
        IssueCategory category = asSeen(id, seenVersion);
        return category.active() ? category.toInfo() : switched(category, true, "restored");
    }

    private CategoryInfo switched(IssueCategory category, boolean active, String action) {
        CategoryInfo before = category.toInfo();
        category.setActive(active);
        CategoryInfo after = store(category);
        audit.record(SUBJECT, after.code(), action, after.name(), trail(before), trail(after));
        announce(List.of(after.id()));
        return after;
    }

    /**
     * Imports a category file ({@link CategoryFile}, CSV or XLSX), all or nothing: a known code
     * updates that category, another adds one; categories not in the file stay as they are. Every
     * row that cannot be taken is named with its line, and then nothing changes.
     */
    @Transactional
    public ImportResult importCategories(InputStream content) {
        requireAdmin();
        List<TableRow> rows = CategoryFile.rows(content);
        List<IssueCategory> existing = repository.findAllByOrderBySortOrderAscNameAsc();
        Map<String, IssueCategory> known = new HashMap<>();
        existing.forEach(c -> known.put(c.code(), c));
        Set<String> fileCodes =
                rows.stream().map(r -> asCode(r.get(CategoryFile.CODE))).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        Map<String, Boolean> activeAfter = new HashMap<>();
        for (IssueCategory c : existing) {
            activeAfter.put(c.code(), c.active());
            if (!fileCodes.contains(c.code())) {
                names.put(nameKey(c.name()), c.code());
            }
        }
        Map<String, Integer> lineOfCode = new HashMap<>();
        ImportPlan<Change> plan = ImportPlan.of(rows, tableRow -> {
            CategoryFile.Row row = CategoryFile.row(tableRow);
            String code = checkCode(row.code());
            Integer first = lineOfCode.putIfAbsent(code, row.line());
            if (first != null) {
                throw DeskException.invalid("categories.import.code.repeated", code, first);
            }
            String name = checkName(row.name());
            String holder = names.putIfAbsent(nameKey(name), code);
            if (holder != null) {
                throw DeskException.invalid("categories.name.taken", name, holder);
            }
            IssueCategory current = known.get(code);
            activeAfter.put(code, row.active() != null ? row.active() : current == null || current.active());
            return new Change(current, code, name, row.place(), row.active());
        });
        if (!plan.isClean()) {
            return plan.refused();
        }
        if (!activeAfter.containsValue(true)) {
            return ImportResult.refused(List.of(new ImportResult.BadRow(1, "categories.import.noneActive", List.of())));
        }
        int last = existing.stream().mapToInt(IssueCategory::sortOrder).max().orElse(0);
        return applyChanges(plan.planned(), last);
    }

    /** What one row of a file will do. */
    private record Change(
            @Nullable IssueCategory current,
            String code,
            String name,
            @Nullable Integer place,
            @Nullable Boolean active) {}

    private ImportResult applyChanges(List<Change> changes, int lastPlace) {
        int nextPlace = lastPlace;
        int added = 0;
        int changed = 0;
        List<Long> touched = new ArrayList<>();
        for (Change change : changes) {
            IssueCategory category = change.current();
            @Nullable Map<String, Object> was = category == null ? null : trail(category.toInfo());
            if (category == null) {
                Integer place = change.place();
                category = new IssueCategory(change.code(), change.name(), place != null ? place : ++nextPlace);
            } else {
                category.rename(change.name());
                Optional.ofNullable(change.place()).ifPresent(category::placeAt);
            }
            Optional.ofNullable(change.active()).ifPresent(category::setActive);
            Map<String, Object> now = trail(category.toInfo());
            if (now.equals(was)) {
                continue;
            }
            if (was == null) {
                added++;
            } else {
                changed++;
            }
            CategoryInfo saved = repository.save(category).toInfo();
            audit.record(SUBJECT, saved.code(), "imported", saved.name(), was, now);
            touched.add(saved.id());
        }
        try {
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // The categories changed while the file was read: nothing of it is kept.
            throw DeskException.conflict("categories.import.conflict");
        }
        announce(touched);
        return ImportResult.applied(added, changed, changes.size() - added - changed);
    }

    /** Every category, retired ones too, in order, as a file {@link #importCategories} takes back unchanged. */
    public byte[] exportCategories(TableFormat format) {
        requireAdmin();
        return CategoryFile.write(
                format,
                repository.findAllByOrderBySortOrderAscNameAsc().stream()
                        .map(IssueCategory::toInfo)
                        .toList());
    }

    private static Optional<IssueCategory> nameHolder(List<IssueCategory> all, String name, String ownCode) {
        String wanted = nameKey(name);
        return all.stream()
                .filter(c -> !c.code().equals(ownCode) && nameKey(c.name()).equals(wanted))
                .findFirst();
    }

    private static String asCode(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static String checkCode(String text) {
        String code = asCode(text);
        if (!CODE.matcher(code).matches()) {
            throw DeskException.invalid("categories.code.invalid", text.strip(), MAX_CODE);
        }
        return code;
    }

    private static String checkName(String text) {
        String name = text.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DeskException.invalid("categories.name.invalid", MAX_NAME);
        }
        // A name never starts like a formula, so an export opened in a spreadsheet shows it as text.
        if (!Character.isLetterOrDigit(name.codePointAt(0))) {
            throw DeskException.invalid("categories.name.start");
        }
        return name;
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private IssueCategory asSeen(long id, long seenVersion) {
        IssueCategory category = repository
                .findById(id)
                .orElseThrow(() -> DeskException.notFound("categories.notFound", String.valueOf(id)));
        if (category.version() != seenVersion) {
            throw changedMeanwhile(category);
        }
        return category;
    }

    private CategoryInfo store(IssueCategory category) {
        try {
            return repository.saveAndFlush(category).toInfo();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw changedMeanwhile(category);
        } catch (DataIntegrityViolationException e) {
            // Another admin added the same code a moment earlier.
            throw DeskException.conflict("categories.code.taken", category.code());
        }
    }

    private static DeskException changedMeanwhile(IssueCategory category) {
        return DeskException.conflict("categories.changed", category.name());
    }

    private void announce(List<Long> categoryIds) {
        if (!categoryIds.isEmpty()) {
            events.publishEvent(new CategoriesChanged(categoryIds));
        }
    }

    /** The category as the audit trail shows it. */
    private static Map<String, Object> trail(CategoryInfo c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kode", c.code());
        fields.put("nama", c.name());
        fields.put("urutan", c.sortOrder());
        fields.put("aktif", TableRow.yesNo(c.active()));
        return fields;
    }

    private static void requireAdmin() {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("categories.forbidden");
        }
    }
}
