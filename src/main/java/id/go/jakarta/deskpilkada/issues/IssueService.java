package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.internal.Issue;
import id.go.jakarta.deskpilkada.issues.internal.IssueAccess;
import id.go.jakarta.deskpilkada.issues.internal.IssueCategory;
import id.go.jakarta.deskpilkada.issues.internal.IssueCategoryRepository;
import id.go.jakarta.deskpilkada.issues.internal.IssueEvent;
import id.go.jakarta.deskpilkada.issues.internal.IssueEventRepository;
import id.go.jakarta.deskpilkada.issues.internal.IssueProperties;
import id.go.jakarta.deskpilkada.issues.internal.IssueQueries;
import id.go.jakarta.deskpilkada.issues.internal.IssueRepository;
import id.go.jakarta.deskpilkada.issues.internal.IssueRevision;
import id.go.jakarta.deskpilkada.issues.internal.IssueSnapshot;
import id.go.jakarta.deskpilkada.issues.internal.Place;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahLevel;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Election problems: filing with place and stage, the workflow, escalation, referral and the
 * agency's acknowledgement, comments, the timeline and the revision history. Every change is
 * checked here against the actor's role and post (never only in a screen), accepted only against
 * the version the actor saw, recorded in the timeline and published as one {@link IssueChanged}.
 */
@Service
@Transactional(readOnly = true)
public class IssueService {

    public static final int MAX_TITLE = 160;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_REPORTER = 120;
    private static final Pattern TPS = Pattern.compile("\\d{1,4}");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "di", "ke", "dan", "yang", "dari", "pada", "untuk", "the", "of", "in", "at", "rt", "rw", "jl", "jalan",
            "tps");

    private final IssueRepository issues;
    private final IssueEventRepository timeline;
    private final IssueCategoryRepository categories;
    private final IssueAccess access;
    private final IssueSnapshot snapshot;
    private final WilayahService wilayah;
    private final ElectionService elections;
    private final StaffService staff;
    private final IssueProperties properties;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    IssueService(
            IssueRepository issues,
            IssueEventRepository timeline,
            IssueCategoryRepository categories,
            IssueAccess access,
            IssueSnapshot snapshot,
            WilayahService wilayah,
            ElectionService elections,
            StaffService staff,
            IssueProperties properties,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock) {
        this.issues = issues;
        this.timeline = timeline;
        this.categories = categories;
        this.access = access;
        this.snapshot = snapshot;
        this.wilayah = wilayah;
        this.elections = elections;
        this.staff = staff;
        this.properties = properties;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------

    public List<CategoryInfo> categories() {
        return categories.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(IssueCategory::toInfo)
                .toList();
    }

    /** The public counts (no titles or names): every signed-in role and the walls may read them. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IssueCounts counts() {
        return snapshot.counts();
    }

    /** When a referral must be acknowledged by (its severity's response-time target). */
    public @Nullable Instant acknowledgeBy(IssueInfo issue) {
        return issue.referredAt() == null
                ? null
                : issue.referredAt().plus(properties.acknowledgeWithin(issue.severity()));
    }

    /** One issue, if the actor may see it. */
    public IssueInfo issue(long id) {
        IssueInfo info = find(id).toInfo();
        if (!access.maySee(CurrentActor.require(), info)) {
            // Said as "not found": a liaison must not learn that an issue exists.
            throw notFound(id);
        }
        return info;
    }

    public List<TimelineEntry> timeline(long id) {
        issue(id);
        return timeline.findByIssueIdOrderByAtAscIdAsc(id).stream()
                .map(IssueEvent::toEntry)
                .toList();
    }

    /** The issues the actor may see that match the filter, one page. */
    public List<IssueInfo> find(IssueFilter filter, int offset, int limit, Sort sort) {
        if (limit <= 0) {
            return List.of();
        }
        Specification<Issue> where = access.scope(CurrentActor.require()).and(IssueQueries.matching(filter));
        Sort order = sort.isUnsorted() ? Sort.by(Sort.Order.desc("reportedAt")) : sort;
        order = order.and(Sort.by(Sort.Order.desc("id")));
        // Grids ask for whole pages; any other offset reads from the start and skips.
        boolean aligned = offset % limit == 0;
        PageRequest request =
                aligned ? PageRequest.of(offset / limit, limit, order) : PageRequest.of(0, offset + limit, order);
        int skip = aligned ? 0 : offset;
        List<Issue> rows = issues.findBy(where, q -> q.sortBy(request.getSort()).slice(request))
                .getContent();
        return rows.stream().skip(skip).limit(limit).map(Issue::toInfo).toList();
    }

    public long count(IssueFilter filter) {
        return issues.count(access.scope(CurrentActor.require()).and(IssueQueries.matching(filter)));
    }

    /**
     * Issues that are probably the same problem as the one being entered: same kelurahan and
     * category within the duplicate window, or a similar title in the last days; newest first.
     */
    public List<IssueInfo> likelyDuplicates(IssueForm form) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        Map<Long, Issue> found = new LinkedHashMap<>();
        if (form.kelurahanCode() != null && !form.kelurahanCode().isBlank()) {
            issues.findRecentAt(
                            form.kelurahanCode().strip(), form.categoryId(), now.minus(properties.duplicateWindow()))
                    .forEach(i -> found.put(i.id(), i));
        }
        Set<String> words = words(form.title());
        String longest =
                words.stream().max(Comparator.comparingInt(String::length)).orElse("");
        if (longest.length() >= 4) {
            for (Issue candidate : issues.findRecentTitled(
                    "%" + likeEscaped(longest) + "%",
                    now.minus(properties.duplicateWindow().multipliedBy(4)),
                    PageRequest.of(0, 200))) {
                if (similar(words, words(candidate.toInfo().title()))) {
                    found.putIfAbsent(candidate.id(), candidate);
                }
            }
        }
        return found.values().stream()
                .map(Issue::toInfo)
                .filter(i -> i.status() != IssueStatus.DITOLAK)
                .filter(i -> access.maySee(actor, i))
                .sorted(Comparator.comparing(IssueInfo::reportedAt).reversed())
                .limit(10)
                .toList();
    }

    /** Every revision of the issue with who made it (leadership and the provincial chief only). */
    public List<IssueRevisionInfo> history(long id) {
        Actor actor = CurrentActor.require();
        issue(id);
        if (!access.maySeeHistory(actor)) {
            throw DeskException.forbidden("issue.history.forbidden");
        }
        List<?> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Issue.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<IssueRevisionInfo> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] parts = (Object[]) row;
            Issue state = (Issue) parts[0];
            IssueRevision revision = (IssueRevision) parts[1];
            RevisionType type = (RevisionType) parts[2];
            result.add(new IssueRevisionInfo(
                    revision.id(),
                    Instant.ofEpochMilli(revision.at()),
                    revision.username(),
                    type.name(),
                    state.toInfo()));
        }
        return result;
    }

    // ---- who may ---------------------------------------------------------------------------------

    public boolean mayFile() {
        return access.mayFile(CurrentActor.require());
    }

    public boolean mayHandle(IssueInfo issue) {
        return access.mayHandle(CurrentActor.require(), issue);
    }

    public boolean mayRespond(IssueInfo issue) {
        return access.mayRespond(CurrentActor.require(), issue);
    }

    public boolean mayComment(IssueInfo issue) {
        return access.mayComment(CurrentActor.require(), issue);
    }

    public boolean mayEscalate(IssueInfo issue) {
        return issue.open() && !issue.escalated() && !access.isProvincial(issue.poskoId()) && mayHandle(issue);
    }

    public boolean maySeeHistory() {
        return access.maySeeHistory(CurrentActor.require());
    }

    public boolean seesAll() {
        return access.seesAll(CurrentActor.require());
    }

    /**
     * The desk's wilayah: the kabupaten/kota of the active election's region (those of a province,
     * or the one kabupaten/kota), in code order; none before an election is set up.
     */
    public List<WilayahArea> deskWilayah() {
        return elections.active().map(e -> wilayah.kabKota(e.regionCode())).orElse(List.of());
    }

    /** The wilayah codes a new issue may be placed in by the actor. */
    public List<WilayahArea> wilayahForFiling() {
        Actor actor = CurrentActor.require();
        return deskWilayah().stream()
                .filter(w -> access.mayFileIn(actor, w.code()))
                .toList();
    }

    // ---- changing --------------------------------------------------------------------------------

    /**
     * Files a new issue (status BARU) owned by the post of its wilayah.
     *
     * @param reporter who reported it, for integrations (a hotline operator, a field app user);
     *                 people are always recorded under their own name
     */
    @Transactional
    public IssueInfo file(IssueForm form, @Nullable String reporter) {
        return fileWithTimeline(form, reporter).issue();
    }

    /** A new issue with its timeline (the one line of its filing). */
    public record Filed(IssueInfo issue, List<TimelineEntry> timeline) {}

    /**
     * Files like {@link #file} and returns the timeline with the issue, for an answer that shows
     * both (the intake API's {@code 201}) without reading them back.
     */
    @Transactional
    public Filed fileWithTimeline(IssueForm form, @Nullable String reporter) {
        Actor actor = CurrentActor.require();
        if (!access.mayFile(actor)) {
            throw DeskException.forbidden("issue.file.forbidden");
        }
        IssueForm checked = check(form, null);
        Place place = place(checked);
        if (!access.mayFileIn(actor, place.wilayahCode())) {
            throw DeskException.forbidden("issue.place.outOfScope");
        }
        Optional<ElectionInfo> election = elections.active();
        IssueForm staged = withStage(checked, election);
        String who = reporterName(actor, reporter);
        Instant now = clock.instant();
        Issue issue = issues.saveAndFlush(new Issue(
                staged,
                place,
                access.ownerOf(place.wilayahCode()),
                election.map(ElectionInfo::id).orElse(null),
                who,
                now));
        TimelineEntry filed = record(issue, actor, TimelineKind.DIBUAT, null, IssueStatus.BARU, null, now);
        return new Filed(issue.toInfo(), List.of(filed));
    }

    /** Changes what was entered (handlers only; the place may move it to another wilayah post). */
    @Transactional
    public IssueInfo edit(long id, long seenVersion, IssueForm form) {
        Actor actor = CurrentActor.require();
        Issue issue = handled(id, seenVersion, actor);
        IssueForm checked = check(form, issue.toInfo().categoryId());
        Place place = place(checked);
        if (!access.mayFileIn(actor, place.wilayahCode())) {
            throw DeskException.forbidden("issue.place.outOfScope");
        }
        if (!issue.status().open()) {
            throw DeskException.conflict("issue.closed");
        }
        Instant now = clock.instant();
        issue.edit(withStage(checked, elections.active()), place, now);
        issue.moveTo(access.ownerOf(place.wilayahCode()));
        flush(issue);
        record(issue, actor, TimelineKind.DIUBAH, null, null, null, now);
        return issue.toInfo();
    }

    @Transactional
    public IssueInfo verify(long id, long seenVersion) {
        return transition(id, seenVersion, IssueStatus.TERVERIFIKASI, null, null, null);
    }

    @Transactional
    public IssueInfo refer(long id, long seenVersion, long unitId, @Nullable String note) {
        return transition(id, seenVersion, IssueStatus.DITANGANI, unitId, null, note);
    }

    @Transactional
    public IssueInfo resolve(long id, long seenVersion, String note) {
        return transition(id, seenVersion, IssueStatus.SELESAI, null, null, note);
    }

    @Transactional
    public IssueInfo reject(long id, long seenVersion, Rejection why, @Nullable String note) {
        return transition(id, seenVersion, IssueStatus.DITOLAK, null, why, note);
    }

    /**
     * Moves an issue on in the workflow. Referral (DITANGANI) needs a unit and may be repeated to
     * refer to another one; SELESAI needs a note of what was done; DITOLAK needs a reason.
     */
    @Transactional
    public IssueInfo transition(
            long id,
            long seenVersion,
            IssueStatus to,
            @Nullable Long unitId,
            @Nullable Rejection why,
            @Nullable String note) {
        Actor actor = CurrentActor.require();
        Issue issue = handled(id, seenVersion, actor);
        IssueStatus from = issue.status();
        boolean rerefer = from == IssueStatus.DITANGANI && to == IssueStatus.DITANGANI;
        if (!from.next().contains(to) && !rerefer) {
            throw DeskException.conflict("issue.transition.invalid", from.name(), to.name());
        }
        String text = text(note, false);
        Instant now = clock.instant();
        TimelineKind kind = TimelineKind.STATUS;
        switch (to) {
            case DITANGANI -> {
                if (unitId == null) {
                    throw DeskException.invalid("issue.refer.unitRequired");
                }
                UnitInfo unit = staff.unit(unitId)
                        .orElseThrow(() -> DeskException.notFound("issue.refer.unitUnknown", String.valueOf(unitId)));
                if (!unit.active()) {
                    // A retired unit keeps the referrals it has and gets no new one.
                    throw DeskException.invalid("issue.refer.unitRetired", unit.shortName());
                }
                if (rerefer && Long.valueOf(unit.id()).equals(issue.assignedUnitId())) {
                    throw DeskException.conflict("issue.refer.same", unit.shortName());
                }
                issue.assign(unit.id(), now);
                kind = TimelineKind.DIRUJUK;
                text = text == null ? unit.name() : unit.name() + ": " + text;
            }
            case SELESAI -> {
                if (text == null) {
                    throw DeskException.invalid("issue.resolve.noteRequired");
                }
                issue.move(to, now);
            }
            case DITOLAK -> {
                if (why == null) {
                    throw DeskException.invalid("issue.reject.reasonRequired");
                }
                issue.reject(why, now);
            }
            case TERVERIFIKASI -> issue.move(to, now);
            case BARU -> throw DeskException.conflict("issue.transition.invalid", from.name(), to.name());
        }
        flush(issue);
        record(issue, actor, kind, from, to, text, now);
        return issue.toInfo();
    }

    /** Lifts an open issue from its wilayah post to the provincial post, with a reason. */
    @Transactional
    public IssueInfo escalate(long id, long seenVersion, String reason) {
        Actor actor = CurrentActor.require();
        Issue issue = handled(id, seenVersion, actor);
        String why = text(reason, true);
        if (!issue.status().open()) {
            throw DeskException.conflict("issue.closed");
        }
        if (issue.escalated() || access.isProvincial(issue.poskoId())) {
            throw DeskException.conflict("issue.escalate.already");
        }
        long from = issue.poskoId();
        Instant now = clock.instant();
        issue.escalate(access.provincial().orElseThrow().id(), now);
        flush(issue);
        IssueInfo info = issue.toInfo();
        timeline.save(new IssueEvent(issue.id(), now, actor.displayName(), TimelineKind.ESKALASI, null, null, why));
        // Activity of the post that escalated; both walls' counts change.
        events.publishEvent(new IssueChanged(
                issue.id(), info.poskoId(), info.assignedUnitId(), TimelineKind.ESKALASI, actor.belongsTo(from)));
        return info;
    }

    /** The agency's liaison (or a handler) confirms the referral has been received. */
    @Transactional
    public IssueInfo acknowledge(long id, @Nullable String note) {
        Actor actor = CurrentActor.require();
        Issue issue = find(id);
        IssueInfo before = issue.toInfo();
        if (!access.maySee(actor, before)) {
            throw notFound(id);
        }
        if (!access.mayRespond(actor, before)) {
            throw DeskException.forbidden("issue.respond.forbidden");
        }
        if (before.acknowledgedAt() != null) {
            throw DeskException.conflict(
                    "issue.acknowledge.already", Wib.dateTime(before.acknowledgedAt(), Locale.ROOT));
        }
        Instant now = clock.instant();
        issue.acknowledge(now);
        flush(issue);
        record(issue, actor, TimelineKind.DITERIMA, null, null, text(note, false), now);
        return issue.toInfo();
    }

    /** The agency's liaison (or a handler) reports what has been done. */
    @Transactional
    public IssueInfo reportAction(long id, String action) {
        Actor actor = CurrentActor.require();
        IssueInfo info = find(id).toInfo();
        if (!access.maySee(actor, info)) {
            throw notFound(id);
        }
        if (!access.mayRespond(actor, info)) {
            throw DeskException.forbidden("issue.respond.forbidden");
        }
        Instant now = clock.instant();
        String text = text(action, true);
        timeline.save(new IssueEvent(id, now, actor.displayName(), TimelineKind.TINDAKAN, null, null, text));
        publish(info, actor, TimelineKind.TINDAKAN);
        return info;
    }

    /** A comment on the timeline; it changes nothing of the issue, so it needs no version. */
    @Transactional
    public IssueInfo comment(long id, String text) {
        Actor actor = CurrentActor.require();
        IssueInfo info = find(id).toInfo();
        if (!access.maySee(actor, info)) {
            throw notFound(id);
        }
        if (!access.mayComment(actor, info)) {
            throw DeskException.forbidden("issue.comment.forbidden");
        }
        Instant now = clock.instant();
        timeline.save(
                new IssueEvent(id, now, actor.displayName(), TimelineKind.KOMENTAR, null, null, text(text, true)));
        publish(info, actor, TimelineKind.KOMENTAR);
        return info;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private Issue handled(long id, long seenVersion, Actor actor) {
        Issue issue = find(id);
        IssueInfo info = issue.toInfo();
        if (!access.maySee(actor, info)) {
            throw notFound(id);
        }
        if (!access.mayHandle(actor, info)) {
            throw DeskException.forbidden("issue.handle.forbidden");
        }
        if (issue.version() != seenVersion) {
            throw stale(id);
        }
        return issue;
    }

    private DeskException stale(long id) {
        List<IssueEvent> lines = timeline.findByIssueIdOrderByAtAscIdAsc(id);
        if (lines.isEmpty()) {
            return DeskException.conflict("issue.stale.unknown");
        }
        TimelineEntry last = lines.getLast().toEntry();
        return DeskException.conflict("issue.stale", last.actor(), Wib.time(last.at()));
    }

    private void flush(Issue issue) {
        try {
            issues.saveAndFlush(issue);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw DeskException.conflict("issue.stale.unknown");
        }
    }

    private TimelineEntry record(
            Issue issue,
            Actor actor,
            TimelineKind kind,
            @Nullable IssueStatus from,
            @Nullable IssueStatus to,
            @Nullable String text,
            Instant at) {
        IssueEvent line = timeline.save(new IssueEvent(issue.id(), at, actor.displayName(), kind, from, to, text));
        publish(issue.toInfo(), actor, kind);
        return line.toEntry();
    }

    private void publish(IssueInfo info, Actor actor, TimelineKind kind) {
        events.publishEvent(new IssueChanged(
                info.id(), info.poskoId(), info.assignedUnitId(), kind, actor.belongsTo(info.poskoId())));
    }

    private Issue find(long id) {
        return issues.findById(id).orElseThrow(() -> notFound(id));
    }

    private static DeskException notFound(long id) {
        return DeskException.notFound("issue.notFound", String.valueOf(id));
    }

    /**
     * The form checked and cleaned, or its first problem.
     *
     * @param keptCategory the category the issue has now: kept even if it was retired since
     */
    private IssueForm check(IssueForm form, @Nullable Long keptCategory) {
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            throw DeskException.invalid("issue.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw DeskException.invalid("issue.title.tooLong", MAX_TITLE);
        }
        if (form.description() != null && form.description().strip().length() > MAX_DESCRIPTION) {
            throw DeskException.invalid("issue.description.tooLong", MAX_DESCRIPTION);
        }
        if (form.severity() == null) {
            throw DeskException.invalid("issue.severity.required");
        }
        if (form.source() == null) {
            throw DeskException.invalid("issue.source.required");
        }
        CategoryInfo category = categories
                .findById(form.categoryId())
                .map(IssueCategory::toInfo)
                .orElseThrow(() -> DeskException.invalid("issue.category.unknown", String.valueOf(form.categoryId())));
        if (!category.active() && !Long.valueOf(category.id()).equals(keptCategory)) {
            throw DeskException.invalid("issue.category.inactive", category.name());
        }
        String tps = blankToNull(form.tps());
        if (tps != null && !TPS.matcher(tps).matches()) {
            throw DeskException.invalid("issue.tps.invalid");
        }
        String address = blankToNull(form.address());
        if (address != null && address.length() > MAX_ADDRESS) {
            throw DeskException.invalid("issue.address.tooLong", MAX_ADDRESS);
        }
        return new IssueForm(
                title,
                blankToNull(form.description()),
                form.categoryId(),
                form.severity(),
                blankToNull(form.wilayahCode()),
                blankToNull(form.kecamatanCode()),
                blankToNull(form.kelurahanCode()),
                tps,
                address,
                form.source(),
                form.stageSeq());
    }

    /** The place from the most precise code given; the others, when given, must agree with it. */
    private Place place(IssueForm form) {
        WilayahArea kelurahan = area(form.kelurahanCode(), WilayahLevel.DESA, "issue.kelurahan.unknown");
        WilayahArea kecamatan = area(form.kecamatanCode(), WilayahLevel.KECAMATAN, "issue.kecamatan.unknown");
        WilayahArea wil = form.wilayahCode() == null
                ? null
                : wilayah.find(form.wilayahCode())
                        .filter(a -> a.level().isWilayah())
                        .orElseThrow(() -> DeskException.invalid("issue.wilayah.unknown", form.wilayahCode()));
        if (kelurahan != null) {
            WilayahArea parent = parent(kelurahan);
            if (kecamatan != null && !kecamatan.code().equals(parent.code())) {
                throw DeskException.invalid("issue.place.mismatch", kelurahan.name(), kecamatan.name());
            }
            kecamatan = parent;
        }
        if (kecamatan != null) {
            WilayahArea parent = parent(kecamatan);
            if (wil != null && !wil.code().equals(parent.code())) {
                throw DeskException.invalid("issue.place.mismatch", kecamatan.name(), wil.shortName());
            }
            wil = parent;
        }
        if (wil == null) {
            throw DeskException.invalid("issue.place.required");
        }
        String wilayahCode = wil.code();
        if (deskWilayah().stream().noneMatch(w -> w.code().equals(wilayahCode))) {
            throw DeskException.invalid("issue.wilayah.unknown", wil.shortName());
        }
        return new Place(
                wil.code(), kecamatan == null ? null : kecamatan.code(), kelurahan == null ? null : kelurahan.code());
    }

    private @Nullable WilayahArea area(@Nullable String code, WilayahLevel level, String unknownKey) {
        if (code == null) {
            return null;
        }
        return wilayah.find(code)
                .filter(a -> a.level() == level)
                .orElseThrow(() -> DeskException.invalid(unknownKey, code));
    }

    private WilayahArea parent(WilayahArea area) {
        return wilayah.find(area.parentCode() == null ? "" : area.parentCode())
                .orElseThrow(() -> new IllegalStateException("no parent of " + area.code()));
    }

    /** The stage given (it must exist), else today's stage of the active election. */
    private IssueForm withStage(IssueForm form, Optional<ElectionInfo> election) {
        Integer stage = form.stageSeq();
        if (stage != null) {
            if (election.isEmpty() || election.get().stages().stream().noneMatch(s -> s.seq() == stage)) {
                throw DeskException.invalid("issue.stage.unknown", String.valueOf(stage));
            }
            return form;
        }
        Integer today = election.flatMap(e -> e.stageOn(Wib.today(clock)))
                .map(StageInfo::seq)
                .orElse(null);
        return new IssueForm(
                form.title(),
                form.description(),
                form.categoryId(),
                form.severity(),
                form.wilayahCode(),
                form.kecamatanCode(),
                form.kelurahanCode(),
                form.tps(),
                form.address(),
                form.source(),
                today);
    }

    private static String reporterName(Actor actor, @Nullable String reporter) {
        if (actor.system() && reporter != null && !reporter.isBlank()) {
            return reporter.strip();
        }
        if (actor.is(Role.INTEGRASI) && reporter != null && !reporter.isBlank()) {
            String name = reporter.strip() + " (" + actor.displayName() + ")";
            if (name.length() > MAX_REPORTER) {
                throw DeskException.invalid(
                        "issue.reporter.tooLong",
                        MAX_REPORTER - actor.displayName().length() - 3);
            }
            return name;
        }
        return actor.displayName();
    }

    private static @Nullable String text(@Nullable String text, boolean required) {
        String clean = blankToNull(text);
        if (clean == null && required) {
            throw DeskException.invalid("issue.text.required");
        }
        if (clean != null && clean.length() > MAX_TEXT) {
            throw DeskException.invalid("issue.text.tooLong", MAX_TEXT);
        }
        return clean;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Set<String> words(String title) {
        return Arrays.stream(WORD.split(title.toLowerCase(Locale.ROOT)))
                .filter(w -> w.length() > 1 && !STOP_WORDS.contains(w))
                .collect(Collectors.toSet());
    }

    /** Most of the shorter title's words appear in the other one. */
    static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared >= 2 && shared * 3 >= Math.min(a.size(), b.size()) * 2L || a.equals(b);
    }

    private static String likeEscaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
