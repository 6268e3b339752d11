package id.go.jakarta.deskpilkada.posko;

import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.table.ImportPlan;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.posko.internal.Posko;
import id.go.jakarta.deskpilkada.posko.internal.PoskoRepository;
import id.go.jakarta.deskpilkada.posko.internal.PoskoSnapshot;
import id.go.jakarta.deskpilkada.posko.internal.PostFile;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahKind;
import id.go.jakarta.deskpilkada.wilayah.WilayahLevel;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ADMIN sets up the desk's posts: by default the central post and one per part of the election's
 * region (a province desk: one per kabupaten/kota; a kabupaten/kota desk: one per kecamatan), each
 * bound to its area; then adds, describes, reorders, retires and brings back posts, one by one or
 * from a file. Posts are never deleted: officers, shifts, issues and reports refer to them.
 */
@Service
@Transactional(readOnly = true)
public class PostSetupService {

    public static final int MAX_CODE = 30;
    public static final int MAX_NAME = 120;
    public static final int MAX_ADDRESS = 300;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,29}");
    private static final String SUBJECT = "posko";

    private final PoskoRepository posts;
    private final PoskoSnapshot snapshot;
    private final WilayahService wilayah;
    private final ElectionService elections;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    PostSetupService(
            PoskoRepository posts,
            PoskoSnapshot snapshot,
            WilayahService wilayah,
            ElectionService elections,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.posts = posts;
        this.snapshot = snapshot;
        this.wilayah = wilayah;
        this.elections = elections;
        this.audit = audit;
        this.events = events;
    }

    /** Every post, retired ones too, in display order; ADMIN only. */
    public List<PoskoTile> all() {
        requireAdmin();
        return posts.findAll().stream()
                .map(snapshot::toTile)
                .sorted(Comparator.comparingInt(PoskoTile::sortOrder).thenComparing(PoskoTile::code))
                .toList();
    }

    /**
     * The posts a desk for that region has by default and does not have yet: the central post, then
     * one per kabupaten/kota of a province or per kecamatan of a kabupaten/kota, in code order. Areas
     * already served by a post in service are left out, so asking again after adding them proposes
     * nothing.
     */
    public List<PostForm> proposals(String regionCode) {
        requireAdmin();
        WilayahArea region = wilayah.find(regionCode)
                .orElseThrow(() -> DeskException.invalid("posko.setup.wilayah.unknown", regionCode));
        List<Posko> existing = posts.findAll();
        Set<String> served =
                existing.stream().filter(Posko::active).map(Posko::wilayahCode).collect(Collectors.toSet());
        Set<String> codes = existing.stream().map(Posko::code).collect(Collectors.toCollection(HashSet::new));
        int order = existing.stream().mapToInt(Posko::sortOrder).max().orElse(0);
        boolean hasCentral = existing.stream().anyMatch(p -> p.active() && p.level() == PoskoLevel.PROVINSI);
        List<PostForm> proposed = new ArrayList<>();
        if (!hasCentral) {
            proposed.add(new PostForm(
                    unique("PUSAT", codes),
                    "Posko Pusat " + region.name(),
                    PoskoLevel.PROVINSI,
                    region.code(),
                    "",
                    ++order));
        }
        for (WilayahArea part : wilayah.children(region.code())) {
            if (served.contains(part.code()) || part.level() == WilayahLevel.DESA) {
                continue;
            }
            proposed.add(new PostForm(
                    unique(codeFor(part), codes),
                    "Posko " + displayName(part),
                    PoskoLevel.WILAYAH,
                    part.code(),
                    "",
                    ++order));
        }
        return proposed;
    }

    /** Adds the default posts of the active election's region that are missing; ADMIN only. */
    @Transactional
    public List<PoskoTile> createDefaults() {
        requireAdmin();
        ElectionInfo election = elections.active().orElseThrow(() -> DeskException.invalid("posko.setup.noElection"));
        List<PoskoTile> created = new ArrayList<>();
        for (PostForm form : proposals(election.regionCode())) {
            created.add(save(
                    new Posko(form.code(), form.name(), form.level(), form.wilayahCode(), "", form.sortOrder()), null));
        }
        published(created);
        return created;
    }

    /**
     * Retires every post in service whose area lies outside the active election's region: a desk
     * set up for another region than the one its database started with (the DKI Jakarta posts of
     * the first migrations) keeps only its own posts. Returns the posts retired.
     */
    @Transactional
    public List<PoskoTile> retireOutsideRegion() {
        requireAdmin();
        ElectionInfo election = elections.active().orElseThrow(() -> DeskException.invalid("posko.setup.noElection"));
        List<PoskoTile> retired = new ArrayList<>();
        for (Posko p : posts.findAll()) {
            if (p.active() && !election.covers(p.wilayahCode())) {
                PoskoTile before = snapshot.toTile(p);
                p.setActive(false);
                retired.add(save(p, before));
            }
        }
        published(retired);
        return retired;
    }

    /** The posts in service outside the active election's region (none without an active election). */
    public List<PoskoTile> outsideRegion() {
        requireAdmin();
        return elections
                .active()
                .map(e -> all().stream()
                        .filter(PoskoTile::active)
                        .filter(p -> !e.covers(p.wilayahCode()))
                        .toList())
                .orElse(List.of());
    }

    @Transactional
    public PoskoTile create(PostForm form) {
        requireAdmin();
        PostForm checked = check(form, null);
        if (posts.existsByCode(checked.code())) {
            throw DeskException.conflict("posko.setup.code.taken", checked.code());
        }
        PoskoTile tile = save(
                new Posko(
                        checked.code(),
                        checked.name(),
                        checked.level(),
                        checked.wilayahCode(),
                        checked.address(),
                        checked.sortOrder()),
                null);
        published(List.of(tile));
        return tile;
    }

    /** Describes a post anew against the version the ADMIN saw; its code stays. */
    @Transactional
    public PoskoTile update(long poskoId, long seenVersion, PostForm form) {
        requireAdmin();
        Posko posko = load(poskoId, seenVersion);
        PostForm checked = check(
                new PostForm(
                        posko.code(), form.name(), form.level(), form.wilayahCode(), form.address(), form.sortOrder()),
                posko);
        PoskoTile before = snapshot.toTile(posko);
        posko.describe(checked.name(), checked.level(), checked.wilayahCode(), checked.address(), checked.sortOrder());
        PoskoTile tile = save(posko, before);
        published(List.of(tile));
        return tile;
    }

    /** Retires a post (it leaves every screen and the wall) or brings it back. */
    @Transactional
    public PoskoTile setActive(long poskoId, long seenVersion, boolean active) {
        requireAdmin();
        Posko posko = load(poskoId, seenVersion);
        if (posko.active() == active) {
            return snapshot.toTile(posko);
        }
        PoskoTile before = snapshot.toTile(posko);
        posko.setActive(active);
        if (active) {
            check(PostForm.of(before), posko);
        }
        PoskoTile tile = save(posko, before);
        published(List.of(tile));
        return tile;
    }

    /**
     * Adds and updates posts from a CSV or XLSX file ({@link PostFile}), all or nothing: every row
     * that cannot be read or would break a rule is named with its line, and then nothing changes.
     */
    @Transactional
    public ImportResult importPosts(InputStream content) {
        requireAdmin();
        ImportPlan<PostFile.Line> plan = PostFile.read(content);
        Map<String, Posko> byCode = posts.findAll().stream()
                .collect(Collectors.toMap(Posko::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<ImportResult.BadRow> bad = new ArrayList<>(plan.badRows());
        Set<String> seen = new HashSet<>();
        int centrals = (int) byCode.values().stream()
                .filter(p -> p.active() && p.level() == PoskoLevel.PROVINSI)
                .count();
        for (PostFile.Line line : plan.planned()) {
            PostForm form = line.post();
            try {
                if (!seen.add(form.code())) {
                    throw DeskException.invalid("posko.import.repeated", form.code());
                }
                Posko existing = byCode.get(form.code());
                checkFields(form);
                boolean wasCentral = existing != null && existing.active() && existing.level() == PoskoLevel.PROVINSI;
                boolean isCentral = line.active() && form.level() == PoskoLevel.PROVINSI;
                centrals += (isCentral ? 1 : 0) - (wasCentral ? 1 : 0);
                if (isCentral && centrals > 1) {
                    throw DeskException.invalid("posko.setup.central.twice");
                }
            } catch (DeskException e) {
                bad.add(ImportResult.BadRow.of(line.line(), e));
            }
        }
        if (!bad.isEmpty()) {
            bad.sort(Comparator.comparingInt(ImportResult.BadRow::line));
            return ImportResult.refused(bad);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<PoskoTile> changed = new ArrayList<>();
        for (PostFile.Line line : plan.planned()) {
            PostForm form = line.post();
            Posko existing = byCode.get(form.code());
            if (existing == null) {
                Posko posko = new Posko(
                        form.code(),
                        form.name().strip(),
                        form.level(),
                        form.wilayahCode(),
                        form.address().strip(),
                        form.sortOrder());
                posko.setActive(line.active());
                changed.add(save(posko, null));
                created++;
                continue;
            }
            PoskoTile before = snapshot.toTile(existing);
            existing.describe(
                    form.name().strip(),
                    form.level(),
                    form.wilayahCode(),
                    form.address().strip(),
                    form.sortOrder());
            existing.setActive(line.active());
            PoskoTile now = snapshot.toTile(existing);
            if (now.equals(before)) {
                unchanged++;
            } else {
                changed.add(save(existing, before));
                updated++;
            }
        }
        published(changed);
        return ImportResult.applied(created, updated, unchanged);
    }

    /** Every post as a file that {@link #importPosts} reads back unchanged; ADMIN only. */
    public byte[] exportPosts(TableFormat format) {
        return PostFile.write(format, all());
    }

    private PostForm check(PostForm form, @Nullable Posko self) {
        PostForm checked = checkFields(form);
        if (checked.level() == PoskoLevel.PROVINSI
                && (self == null || self.active())
                && posts.findAll().stream()
                        .anyMatch(p -> p.active()
                                && p.level() == PoskoLevel.PROVINSI
                                && (self == null || p.id() != self.id()))) {
            throw DeskException.invalid("posko.setup.central.twice");
        }
        return checked;
    }

    private PostForm checkFields(PostForm form) {
        String code = form.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw DeskException.invalid("posko.setup.code", form.code(), MAX_CODE);
        }
        String name = form.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DeskException.invalid("posko.setup.name", MAX_NAME);
        }
        String address = form.address().strip();
        if (address.length() > MAX_ADDRESS) {
            throw DeskException.invalid("posko.setup.address", MAX_ADDRESS);
        }
        if (form.sortOrder() < 0 || form.sortOrder() > 9999) {
            throw DeskException.invalid("posko.setup.order");
        }
        if (form.wilayahCode().isBlank()) {
            throw DeskException.invalid("posko.setup.wilayah.required");
        }
        WilayahArea area = wilayah.find(form.wilayahCode().strip())
                .orElseThrow(() -> DeskException.invalid("posko.setup.wilayah.unknown", form.wilayahCode()));
        Optional<ElectionInfo> election = elections.active();
        if (election.isPresent() && !election.get().covers(area.code())) {
            throw DeskException.invalid(
                    "posko.setup.wilayah.outside", area.name(), election.get().regionCode());
        }
        return new PostForm(code, name, form.level(), area.code(), address, form.sortOrder());
    }

    private Posko load(long poskoId, long seenVersion) {
        Posko posko = posts.findById(poskoId)
                .orElseThrow(() -> DeskException.notFound("posko.notFound", String.valueOf(poskoId)));
        if (posko.version() != seenVersion) {
            throw DeskException.conflict(
                    "posko.setup.changed", snapshot.toTile(posko).name());
        }
        return posko;
    }

    private PoskoTile save(Posko posko, @Nullable PoskoTile before) {
        Posko saved;
        try {
            saved = posts.saveAndFlush(posko);
        } catch (DataIntegrityViolationException e) {
            // Codes are unique across the deployment: another desk's post, which this desk cannot
            // see, or another admin at the same moment, holds it.
            throw DeskException.conflict("posko.setup.code.taken", posko.code());
        }
        PoskoTile after = snapshot.toTile(saved);
        String action = before == null
                ? "created"
                : before.active() != after.active() ? (after.active() ? "restored" : "retired") : "updated";
        audit.record(
                SUBJECT, after.code(), action, after.name(), before == null ? null : fields(before), fields(after));
        return after;
    }

    private void published(List<PoskoTile> changed) {
        if (!changed.isEmpty()) {
            events.publishEvent(
                    new PostsChanged(changed.stream().map(PoskoTile::id).toList()));
        }
    }

    private static Map<String, Object> fields(PoskoTile t) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("nama", t.name());
        f.put("tingkat", t.level() == PoskoLevel.PROVINSI ? "pusat" : "wilayah");
        f.put("wilayah", t.wilayahCode());
        f.put("alamat", t.address());
        f.put("urutan", t.sortOrder());
        f.put("aktif", t.active() ? "ya" : "tidak");
        return f;
    }

    /** "Kabupaten Bandung Barat" becomes KAB-BANDUNG-BARAT, "Kota Bogor" KOTA-BOGOR, a kecamatan KEC-...; at most 30. */
    static String codeFor(WilayahArea area) {
        String prefix = switch (area.kind()) {
            case KABUPATEN -> "KAB-";
            case KOTA -> "KOTA-";
            case KECAMATAN -> "KEC-";
            default -> "";
        };
        String bare = area.name()
                .replaceFirst("^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String code = prefix + bare;
        return code.length() > MAX_CODE ? code.substring(0, MAX_CODE).replaceAll("-$", "") : code;
    }

    private static String displayName(WilayahArea area) {
        return area.kind() == WilayahKind.KECAMATAN ? "Kecamatan " + area.name() : area.shortName();
    }

    private static String unique(String code, Set<String> taken) {
        String candidate = code;
        for (int n = 2; taken.contains(candidate); n++) {
            String suffix = "-" + n;
            candidate =
                    (code.length() + suffix.length() > MAX_CODE ? code.substring(0, MAX_CODE - suffix.length()) : code)
                            + suffix;
        }
        taken.add(candidate);
        return candidate;
    }

    private static void requireAdmin() {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("posko.setup.forbidden");
        }
    }
}
