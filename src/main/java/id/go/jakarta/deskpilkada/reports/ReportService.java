package id.go.jakarta.deskpilkada.reports;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceOutage;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.internal.ReportProperties;
import id.go.jakarta.deskpilkada.reports.internal.ReportSchedule;
import id.go.jakarta.deskpilkada.reports.internal.ReportSnapshot;
import id.go.jakarta.deskpilkada.reports.internal.SituationReport;
import id.go.jakarta.deskpilkada.reports.internal.SituationReportRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Situation reports: who writes and reviews which post's reports, the draft with its prefilled
 * facts, submission (facts frozen, lateness recorded), acceptance or return with a note, and
 * corrections as new versions of an accepted report. Each change goes against the version the
 * actor saw and is published as one {@link ReportChanged}. Also the wall's reporting status and
 * the consolidated provincial report.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    public static final int MAX_SECTION = 4000;
    public static final int MAX_NOTE = 1000;
    private static final int MAX_PERIOD_ISSUES = 5000;

    private final SituationReportRepository reports;
    private final ReportSnapshot snapshot;
    private final ReportSchedule schedule;
    private final ReportProperties properties;
    private final PoskoService posko;
    private final IssueService issues;
    private final CoverageService coverage;
    private final ElectionService elections;
    private final DeviceService devices;
    private final ExerciseMode mode;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(
            SituationReportRepository reports,
            ReportSnapshot snapshot,
            ReportSchedule schedule,
            ReportProperties properties,
            PoskoService posko,
            IssueService issues,
            CoverageService coverage,
            ElectionService elections,
            DeviceService devices,
            ExerciseMode mode,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.snapshot = snapshot;
        this.schedule = schedule;
        this.properties = properties;
        this.posko = posko;
        this.issues = issues;
        this.coverage = coverage;
        this.elections = elections;
        this.devices = devices;
        this.mode = mode;
        this.events = events;
        this.clock = clock;
    }

    // ---- who may ---------------------------------------------------------------------------------

    /** Leadership and the provincial post see every post's reports; a wilayah chief his own. */
    public boolean maySee(long poskoId) {
        Actor actor = CurrentActor.require();
        return actor.system()
                || actor.is(Role.PIMPINAN)
                || actor.is(Role.KETUA_POSKO) && (actor.belongsTo(poskoId) || provincial(actor));
    }

    /** Only the post's own chief writes its reports. */
    public boolean mayWrite(long poskoId) {
        Actor actor = CurrentActor.require();
        return actor.is(Role.KETUA_POSKO) && actor.belongsTo(poskoId);
    }

    /** Leadership reviews every report; the provincial chief the wilayah posts' (not his own). */
    public boolean mayReview(ReportInfo report) {
        Actor actor = CurrentActor.require();
        return actor.is(Role.PIMPINAN)
                || actor.is(Role.KETUA_POSKO) && provincial(actor) && !actor.belongsTo(report.poskoId());
    }

    /** The consolidated provincial report: leadership and the provincial post. */
    public boolean mayConsolidate() {
        Actor actor = CurrentActor.require();
        return actor.is(Role.PIMPINAN) || actor.is(Role.KETUA_POSKO) && provincial(actor);
    }

    private boolean provincial(Actor actor) {
        return actor.poskoId() != null
                && posko.tile(actor.poskoId())
                        .map(p -> p.level() == PoskoLevel.PROVINSI)
                        .orElse(false);
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The posts whose reports the actor may see, in display order. */
    public List<PoskoTile> posts() {
        return posko.tiles().stream().filter(p -> maySee(p.id())).toList();
    }

    public ReportInfo report(long id) {
        SituationReport report = find(id);
        requireSee(report.poskoId());
        return report.toInfo();
    }

    /** Every report version of the post, newest due time first. */
    public List<ReportInfo> reports(long poskoId) {
        requireSee(poskoId);
        return reports.findByPoskoIdOrderByDueAtDescReportVersionDesc(poskoId).stream()
                .map(SituationReport::toInfo)
                .toList();
    }

    /**
     * The due times a report may be written for now: those passed within the look-back period
     * without a submitted report (oldest first), then the next one unless it is reported already.
     */
    public List<Instant> openDues(long poskoId) {
        requireSee(poskoId);
        PoskoLevel level = level(poskoId);
        Instant now = clock.instant();
        Instant from = now.minus(properties.lookback());
        Instant next = schedule.nextDue(level, now);
        Set<Instant> done = new HashSet<>(reports.submittedDues(poskoId, from, next));
        List<Instant> open = new ArrayList<>();
        for (Instant due : schedule.dues(level, from, next)) {
            if (!done.contains(due)) {
                open.add(due);
            }
        }
        return open;
    }

    /**
     * The facts of the period ending at that due time, as known now (as the actor sees issues): the
     * issues, staffing and device outages of the period, and the open issues, coverage and devices
     * down at the time of writing.
     */
    public ReportFacts facts(long poskoId, Instant dueAt) {
        requireSee(poskoId);
        PoskoTile post = post(poskoId);
        Instant start = schedule.periodStart(post.level(), dueAt);
        Instant now = clock.instant();
        Instant end = dueAt.isBefore(now) ? dueAt : now;
        boolean province = post.level() == PoskoLevel.PROVINSI;

        IssueFilter period = IssueFilter.ALL
                .withWilayah(province ? null : post.wilayahCode())
                .withDays(Wib.day(start), Wib.day(end));
        Map<Long, String> categoryNames =
                issues.categories().stream().collect(Collectors.toMap(CategoryInfo::id, CategoryInfo::name));
        Map<Severity, Integer> fresh = zero();
        Map<String, Integer> byCategory = new TreeMap<>();
        for (IssueInfo issue : issues.find(period, 0, MAX_PERIOD_ISSUES, Sort.unsorted())) {
            if (!issue.reportedAt().isBefore(start) && issue.reportedAt().isBefore(end)) {
                fresh.merge(issue.severity(), 1, Integer::sum);
                byCategory.merge(categoryNames.getOrDefault(issue.categoryId(), "?"), 1, Integer::sum);
            }
        }
        IssueCounts counts = issues.counts();
        Map<Severity, Integer> open = zero();
        if (province) {
            counts.byWilayah().values().forEach(o -> o.bySeverity().forEach((s, n) -> open.merge(s, n, Integer::sum)));
        } else {
            counts.wilayah(post.wilayahCode()).bySeverity().forEach((s, n) -> open.merge(s, n, Integer::sum));
        }
        List<String> openByCategory = new ArrayList<>();
        IssueFilter openFilter = IssueFilter.ALL
                .withWilayah(province ? null : post.wilayahCode())
                .withOpenOnly(true);
        for (CategoryInfo category : issues.categories()) {
            long n = issues.count(openFilter.withCategory(category.id()));
            if (n > 0) {
                openByCategory.add(category.name() + ": " + n);
            }
        }
        PostCoverage duty = coverage.now(poskoId).orElse(null);
        PeriodCoverage staffing = coverage.period(poskoId, start, end);
        List<DeviceOutage> outages = devices.outages(poskoId, start, end);
        String stage = elections
                .active()
                .flatMap(e -> e.stageOn(Wib.day(end.minusSeconds(1))))
                .map(StageInfo::name)
                .orElse(null);
        List<String> down = devices.byPost().getOrDefault(poskoId, List.of()).stream()
                .filter(d -> d.status() == DeviceStatus.DOWN)
                .map(DeviceInfo::name)
                .sorted()
                .toList();
        List<String> categories = byCategory.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        return new ReportFacts(
                stage,
                duty == null ? 0 : duty.present(),
                duty == null ? 0 : duty.required(),
                duty != null && duty.gap(),
                fresh,
                open,
                categories,
                openByCategory,
                down,
                staffing,
                outages);
    }

    private static Map<Severity, Integer> zero() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0);
        }
        return m;
    }

    // ---- changing --------------------------------------------------------------------------------

    /**
     * The report for that due time to write: the post's open draft or returned report if there is
     * one, else a new draft. A due time already reported is refused (correct the accepted report).
     */
    @Transactional
    public ReportInfo start(long poskoId, Instant dueAt) {
        Actor actor = CurrentActor.require();
        if (!mayWrite(poskoId)) {
            throw DeskException.forbidden("report.write.forbidden");
        }
        PoskoLevel level = level(poskoId);
        Instant now = clock.instant();
        if (!schedule.isDue(level, dueAt) || dueAt.isAfter(schedule.nextDue(level, now))) {
            throw DeskException.invalid("report.due.invalid");
        }
        List<SituationReport> existing = reports.findByPoskoIdAndDueAtOrderByReportVersionDesc(poskoId, dueAt);
        if (!existing.isEmpty()) {
            SituationReport latest = existing.getFirst();
            if (latest.status().editable()) {
                return latest.toInfo();
            }
            throw DeskException.conflict("report.exists");
        }
        SituationReport draft = reports.saveAndFlush(new SituationReport(
                poskoId,
                dueAt,
                schedule.periodStart(level, dueAt),
                1,
                null,
                ReportText.EMPTY,
                actor.displayName(),
                now));
        events.publishEvent(new ReportChanged(draft.id(), poskoId, ReportStatus.DRAFT, true));
        return draft.toInfo();
    }

    /** Saves the text of a draft or returned report, against the version the writer saw. */
    @Transactional
    public ReportInfo save(long id, long seenVersion, ReportText text) {
        SituationReport report = editable(id, seenVersion);
        report.write(check(text), clock.instant());
        return changed(report, true);
    }

    /** Sends the report up: the period's facts are computed now and frozen into it. */
    @Transactional
    public ReportInfo submit(long id, long seenVersion, ReportText text) {
        Actor actor = CurrentActor.require();
        SituationReport report = editable(id, seenVersion);
        Instant now = clock.instant();
        report.write(check(text), now);
        ReportFacts facts = facts(report.poskoId(), report.dueAt());
        report.submit(facts, actor.displayName(), now, now.isAfter(schedule.lateAfter(report.dueAt())));
        return changed(report, true);
    }

    @Transactional
    public ReportInfo accept(long id, long seenVersion) {
        SituationReport report = reviewable(id, seenVersion);
        report.review(ReportStatus.ACCEPTED, null, CurrentActor.require().displayName(), clock.instant());
        return changed(report, false);
    }

    /** Sends the report back to its post with what to change; the post edits and resubmits it. */
    @Transactional
    public ReportInfo sendBack(long id, long seenVersion, String note) {
        String reason = note == null ? "" : note.strip();
        if (reason.isEmpty()) {
            throw DeskException.invalid("report.return.noteRequired");
        }
        if (reason.length() > MAX_NOTE) {
            throw DeskException.invalid("report.tooLong", MAX_NOTE);
        }
        SituationReport report = reviewable(id, seenVersion);
        report.review(ReportStatus.RETURNED, reason, CurrentActor.require().displayName(), clock.instant());
        return changed(report, false);
    }

    /**
     * A correction of an accepted report: a new draft (version n+1) linked to it, with its text.
     * The accepted report itself never changes.
     */
    @Transactional
    public ReportInfo correct(long id) {
        Actor actor = CurrentActor.require();
        SituationReport accepted = find(id);
        if (!mayWrite(accepted.poskoId())) {
            throw DeskException.forbidden("report.write.forbidden");
        }
        if (accepted.status() != ReportStatus.ACCEPTED) {
            throw DeskException.conflict("report.correct.notAccepted");
        }
        SituationReport latest = reports.findByPoskoIdAndDueAtOrderByReportVersionDesc(
                        accepted.poskoId(), accepted.dueAt())
                .getFirst();
        if (latest.id() != accepted.id()) {
            throw DeskException.conflict("report.correct.exists", latest.reportVersion());
        }
        ReportInfo old = accepted.toInfo();
        SituationReport correction = reports.saveAndFlush(new SituationReport(
                old.poskoId(),
                old.dueAt(),
                old.periodStart(),
                old.reportVersion() + 1,
                old.id(),
                old.text(),
                actor.displayName(),
                clock.instant()));
        return changed(correction, true);
    }

    private ReportInfo changed(SituationReport report, boolean byPost) {
        try {
            reports.saveAndFlush(report);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw DeskException.conflict("report.stale");
        }
        events.publishEvent(new ReportChanged(report.id(), report.poskoId(), report.status(), byPost));
        return report.toInfo();
    }

    private SituationReport editable(long id, long seenVersion) {
        SituationReport report = find(id);
        if (!mayWrite(report.poskoId())) {
            throw DeskException.forbidden("report.write.forbidden");
        }
        if (report.status() == ReportStatus.ACCEPTED) {
            throw DeskException.conflict("report.accepted.immutable");
        }
        if (!report.status().editable()) {
            throw DeskException.conflict("report.submitted.locked");
        }
        stale(report, seenVersion);
        return report;
    }

    private SituationReport reviewable(long id, long seenVersion) {
        SituationReport report = find(id);
        requireSee(report.poskoId());
        if (!mayReview(report.toInfo())) {
            throw DeskException.forbidden("report.review.forbidden");
        }
        if (report.status() != ReportStatus.SUBMITTED) {
            throw DeskException.conflict("report.review.notSubmitted");
        }
        stale(report, seenVersion);
        return report;
    }

    private static void stale(SituationReport report, long seenVersion) {
        if (report.version() != seenVersion) {
            ReportInfo now = report.toInfo();
            throw DeskException.conflict(
                    "report.stale.by",
                    now.submittedBy() != null ? now.submittedBy() : now.createdBy(),
                    Wib.time(now.updatedAt()));
        }
    }

    private static ReportText check(ReportText text) {
        for (String section : List.of(
                text.kamtibmas(), text.tahapan(), text.sosialPolitik(), text.tindakLanjut(), text.kebutuhan())) {
            if (section.length() > MAX_SECTION) {
                throw DeskException.invalid("report.tooLong", MAX_SECTION);
            }
        }
        return text;
    }

    // ---- wall and consolidation --------------------------------------------------------------------

    /**
     * Per post id: when it last submitted and last had a report accepted, its next due time, and
     * whether (and since when) a due time passed with its grace period without a submitted report.
     * Counts and times only; any role may read it (the wall shows it). From the live snapshot: no
     * database transaction. The overdue flag changes with time alone: a wall re-reads it on
     * {@link ReportMissed} (and on {@link ReportChanged}).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Map<Long, ReportWallStatus> wallStatus() {
        Instant now = clock.instant();
        Instant from = now.minus(properties.lookback());
        Map<Long, ReportSnapshot.PostReporting> reporting = snapshot.all();
        Map<Long, ReportWallStatus> result = new LinkedHashMap<>();
        for (PoskoTile post : posko.tiles()) {
            ReportSnapshot.PostReporting r = reporting.getOrDefault(post.id(), ReportSnapshot.PostReporting.NONE);
            Set<Instant> done = new HashSet<>(r.reportedDues());
            Instant missed = null;
            for (Instant due : schedule.dues(post.level(), from, now)) {
                if (!done.contains(due) && !schedule.lateAfter(due).isAfter(now)) {
                    missed = due;
                    break;
                }
            }
            result.put(
                    post.id(),
                    new ReportWallStatus(
                            post.id(),
                            r.lastSubmittedAt(),
                            r.lastAcceptedAt(),
                            schedule.nextDue(post.level(), now),
                            missed != null,
                            missed == null ? null : schedule.lateAfter(missed),
                            missed));
        }
        return result;
    }

    /** The WIB day whose provincial report was due last (what "Laporan harian Sekda" opens). */
    public LocalDate latestDay() {
        return ReportSchedule.dayOf(
                schedule.lastDue(PoskoLevel.PROVINSI, clock.instant()).plusSeconds(1));
    }

    /**
     * The provincial report due on that WIB day and every wilayah report due within its period,
     * the latest submitted (or accepted) version of each.
     */
    public ConsolidatedReport consolidated(LocalDate day) {
        if (!mayConsolidate()) {
            throw DeskException.forbidden("report.consolidated.forbidden");
        }
        List<Instant> provincialDues = schedule.duesOf(PoskoLevel.PROVINSI, day);
        Instant end = provincialDues.getLast();
        Instant start = schedule.periodStart(PoskoLevel.PROVINSI, provincialDues.getFirst());
        List<PoskoTile> posts = posko.tiles();
        Map<Long, PoskoTile> byId = posts.stream().collect(Collectors.toMap(PoskoTile::id, Function.identity()));
        Map<String, ReportInfo> latest = new LinkedHashMap<>();
        for (SituationReport r :
                reports.findByDueAtGreaterThanAndDueAtLessThanEqualOrderByDueAtAscPoskoIdAscReportVersionDesc(
                        start, end)) {
            if (r.submittedAt() != null && r.status() != ReportStatus.DRAFT) {
                latest.putIfAbsent(r.poskoId() + "@" + r.dueAt(), r.toInfo());
            }
        }
        ReportInfo provincial = null;
        List<ReportInfo> wilayah = new ArrayList<>();
        for (ReportInfo r : latest.values()) {
            PoskoTile post = byId.get(r.poskoId());
            if (post == null) {
                continue;
            }
            if (post.level() == PoskoLevel.PROVINSI) {
                provincial = r;
            } else {
                wilayah.add(r);
            }
        }
        return new ConsolidatedReport(
                day,
                start,
                end,
                provincial,
                wilayah,
                posts,
                clock.instant(),
                mode.exercise(),
                elections.active().map(e -> e.name()).orElse(null));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private SituationReport find(long id) {
        return reports.findById(id).orElseThrow(() -> DeskException.notFound("report.notFound", id));
    }

    private void requireSee(long poskoId) {
        if (!maySee(poskoId)) {
            throw DeskException.forbidden("report.see.forbidden");
        }
    }

    private PoskoTile post(long poskoId) {
        return posko.tile(poskoId).orElseThrow(() -> DeskException.notFound("report.post.notFound", poskoId));
    }

    PoskoLevel level(long poskoId) {
        return post(poskoId).level();
    }
}
