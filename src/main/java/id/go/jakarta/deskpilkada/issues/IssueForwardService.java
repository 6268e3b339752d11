package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskLevel;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.issues.internal.Issue;
import id.go.jakarta.deskpilkada.issues.internal.IssueEvent;
import id.go.jakarta.deskpilkada.issues.internal.IssueEventRepository;
import id.go.jakarta.deskpilkada.issues.internal.IssueRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalation across desks (docs/desks.md, "Roll-up"): a kabupaten/kota desk forwards an issue to its
 * province's desk. The issue stays a row of its own desk with its one timeline; a forwarding row of
 * the province's desk points at it and is the province's only access to it. The province's
 * leadership reads the issue and its timeline and answers on that timeline; the kabupaten/kota desk
 * sees the answer where it sees everything else of the issue.
 *
 * <p>The forwarding rows are read and written with native SQL that names the desk
 * ({@code issue_forward.desk_id}); the issue is read for nobody in particular in its own desk, in a
 * persistence scope of its own (a session keeps the desk it was opened in).
 */
@Service
@Transactional(readOnly = true)
public class IssueForwardService {

    public static final int MAX_REASON = 1000;

    private final IssueService issues;
    private final IssueRepository rows;
    private final IssueEventRepository timeline;
    private final DeskService desks;
    private final WorkingDesk working;
    private final ExerciseMode mode;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** A transaction of its own: for the issue's desk, or for this desk's writes. */
    private final TransactionTemplate own;

    IssueForwardService(
            IssueService issues,
            IssueRepository rows,
            IssueEventRepository timeline,
            DeskService desks,
            WorkingDesk working,
            ExerciseMode mode,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.issues = issues;
        this.rows = rows;
        this.timeline = timeline;
        this.desks = desks;
        this.working = working;
        this.mode = mode;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The province desk an issue of this desk was forwarded to, if it was. */
    public Optional<DeskInfo> forwardedTo(long issueId) {
        issues.issue(issueId);
        return jdbc.sql("select desk_id from issue_forward where issue_id = :issue and issue_desk_id = :desk")
                .param("issue", issueId)
                .param("desk", working.acting())
                .query(Long.class)
                .optional()
                .flatMap(d -> desks.withIds(List.of(d)).stream().findFirst());
    }

    /**
     * The province desk the acting person may forward this issue to: he handles it, it is open and
     * not forwarded yet, and this is a kabupaten/kota desk. Empty otherwise.
     */
    public Optional<DeskInfo> mayForwardTo(IssueInfo issue) {
        if (!issue.status().open()
                || !issues.mayHandle(issue)
                || forwardedTo(issue.id()).isPresent()) {
            return Optional.empty();
        }
        return province();
    }

    /**
     * Forwards an open issue of this kabupaten/kota desk to its province's desk, with a reason that
     * goes on the issue's timeline; the issue's handlers (its post's chief, leadership) only.
     */
    public ForwardedIssue forward(long issueId, long seenVersion, String reason) {
        Actor actor = CurrentActor.require();
        IssueInfo issue = issues.issue(issueId);
        if (!issues.mayHandle(issue)) {
            throw DeskException.forbidden("issue.forward.forbidden");
        }
        if (issue.version() != seenVersion) {
            throw DeskException.conflict("issue.stale.unknown");
        }
        if (!issue.status().open()) {
            throw DeskException.conflict("issue.closed");
        }
        String why = reason.strip();
        if (why.isEmpty()) {
            throw DeskException.invalid("issue.forward.reason.empty");
        }
        if (why.length() > MAX_REASON) {
            throw DeskException.invalid("issue.forward.reason.tooLong", MAX_REASON);
        }
        DeskInfo province = province().orElseThrow(() -> DeskException.invalid("issue.forward.notKabkota"));
        Optional<DeskInfo> already = forwardedTo(issueId);
        if (already.isPresent()) {
            throw DeskException.conflict("issue.forward.already", deskName(already.get()));
        }
        long here = working.acting();
        Instant now = clock.instant();
        long id;
        try {
            id = own.execute(tx -> {
                jdbc.sql("insert into issue_forward (desk_id, issue_desk_id, issue_id, forwarded_at, forwarded_by, "
                                + "reason, exercise) values (:to, :from, :issue, :at, :by, :reason, :exercise)")
                        .param("to", province.id())
                        .param("from", here)
                        .param("issue", issueId)
                        .param("at", Timestamp.from(now))
                        .param("by", actor.displayName())
                        .param("reason", why)
                        .param("exercise", mode.exercise(here))
                        .update();
                timeline.save(new IssueEvent(
                        issueId,
                        now,
                        actor.displayName(),
                        TimelineKind.DITERUSKAN,
                        null,
                        null,
                        deskName(province) + ": " + why));
                return jdbc.sql("select id from issue_forward where issue_id = :issue")
                        .param("issue", issueId)
                        .query(Long.class)
                        .single();
            });
        } catch (DataIntegrityViolationException twice) {
            // Forwarded by someone else a moment ago: the issue is forwarded once.
            throw DeskException.conflict("issue.forward.already", deskName(province));
        }
        events.publishEvent(new IssueChanged(
                issueId,
                issue.poskoId(),
                issue.assignedUnitId(),
                TimelineKind.DITERUSKAN,
                actor.belongsTo(issue.poskoId())));
        events.publishEvent(new IssueForwarded(id, province.id(), issueId));
        DeskInfo from = desks.withIds(List.of(here)).getFirst();
        return new ForwardedIssue(id, from, province, issues.issue(issueId), now, actor.displayName(), why, List.of());
    }

    /**
     * The issues forwarded to this desk, newest first, each read from its own desk; for those who
     * see all of this desk's issues (leadership, the media office, ADMIN, the provincial post).
     */
    public List<ForwardedIssue> forwardedHere() {
        requireProvinceReader();
        List<Row> found = jdbc.sql("select id, issue_desk_id, issue_id, forwarded_at, forwarded_by, reason "
                        + "from issue_forward where desk_id = :desk and exercise = :exercise "
                        + "order by forwarded_at desc, id desc")
                .param("desk", working.acting())
                .param("exercise", mode.exercise(working.acting()))
                .query(ROW)
                .list();
        return read(found, false);
    }

    /** One issue forwarded to this desk, with its timeline; another desk's forwarding is not found. */
    public ForwardedIssue forwarded(long forwardId) {
        requireProvinceReader();
        return read(List.of(row(forwardId)), true).stream()
                .findFirst()
                .orElseThrow(() -> DeskException.notFound("issue.forward.notFound", String.valueOf(forwardId)));
    }

    /** True if the acting person may answer on the timeline of an issue forwarded to this desk. */
    public boolean mayAnswer() {
        Actor actor = CurrentActor.require();
        return actor.is(Role.PIMPINAN) || actor.is(Role.ADMIN);
    }

    /**
     * The province's answer on the forwarded issue's timeline (named with the province's desk), which
     * the kabupaten/kota desk sees live; leadership and ADMIN.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ForwardedIssue answer(long forwardId, String text) {
        Actor actor = CurrentActor.require();
        Row row = row(forwardId);
        if (!mayAnswer()) {
            throw DeskException.forbidden("issue.forward.answer.forbidden");
        }
        String said = text.strip();
        if (said.isEmpty()) {
            throw DeskException.invalid("issue.forward.answer.empty");
        }
        if (said.length() > IssueService.MAX_TEXT) {
            throw DeskException.invalid("issue.forward.answer.tooLong", IssueService.MAX_TEXT);
        }
        DeskInfo province = desks.withIds(List.of(working.acting())).getFirst();
        String who = actor.displayName() + " · " + deskName(province);
        IssueInfo issue = CurrentActor.nobodyIn(
                row.issueDesk(),
                () -> own.execute(tx -> {
                    Issue found = rows.findById(row.issueId())
                            .orElseThrow(
                                    () -> DeskException.notFound("issue.forward.notFound", String.valueOf(forwardId)));
                    timeline.save(new IssueEvent(
                            row.issueId(), clock.instant(), who, TimelineKind.PROVINSI, null, null, said));
                    return found.toInfo();
                }));
        // The issue's own desk hears of the answer as of any other line of its timeline: published
        // outside a transaction, the event is relayed at once, as committed in the issue's desk.
        CurrentActor.nobodyIn(row.issueDesk(), () -> {
            events.publishEvent(new IssueChanged(
                    issue.id(), issue.poskoId(), issue.assignedUnitId(), TimelineKind.PROVINSI, false));
            return null;
        });
        events.publishEvent(new IssueForwarded(forwardId, province.id(), issue.id()));
        return forwarded(forwardId);
    }

    private record Row(long id, long issueDesk, long issueId, Instant at, String by, String reason) {}

    /** A forwarding row of {@code select id, issue_desk_id, issue_id, forwarded_at, forwarded_by, reason}. */
    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getTimestamp(4).toInstant(),
            rs.getString(5),
            rs.getString(6));

    private Row row(long forwardId) {
        return jdbc.sql("select id, issue_desk_id, issue_id, forwarded_at, forwarded_by, reason "
                        + "from issue_forward where id = :id and desk_id = :desk and exercise = :exercise")
                .param("id", forwardId)
                .param("desk", working.acting())
                .param("exercise", mode.exercise(working.acting()))
                .query(ROW)
                .optional()
                .orElseThrow(() -> DeskException.notFound("issue.forward.notFound", String.valueOf(forwardId)));
    }

    /** The issues of these forwardings, each desk's read in that desk; a row whose issue is gone is left out. */
    private List<ForwardedIssue> read(List<Row> found, boolean withTimeline) {
        if (found.isEmpty()) {
            return List.of();
        }
        long here = working.acting();
        Map<Long, DeskInfo> deskById = desks
                .withIds(found.stream().map(Row::issueDesk).collect(Collectors.toCollection(java.util.HashSet::new)))
                .stream()
                .collect(Collectors.toMap(DeskInfo::id, Function.identity()));
        DeskInfo to = desks.withIds(List.of(here)).getFirst();
        Map<Long, List<Row>> byDesk = found.stream().collect(Collectors.groupingBy(Row::issueDesk));
        Map<Long, IssueInfo> issuesById = new java.util.HashMap<>();
        Map<Long, List<TimelineEntry>> lines = new java.util.HashMap<>();
        for (Map.Entry<Long, List<Row>> desk : byDesk.entrySet()) {
            List<Long> ids = desk.getValue().stream().map(Row::issueId).toList();
            CurrentActor.nobodyIn(
                    desk.getKey(),
                    () -> own.execute(tx -> {
                        rows.findAllById(ids).forEach(i -> issuesById.put(i.id(), i.toInfo()));
                        if (withTimeline) {
                            ids.forEach(id -> lines.put(
                                    id,
                                    timeline.findByIssueIdOrderByAtAscIdAsc(id).stream()
                                            .map(IssueEvent::toEntry)
                                            .toList()));
                        }
                        return null;
                    }));
        }
        List<ForwardedIssue> result = new ArrayList<>();
        for (Row row : found) {
            IssueInfo issue = issuesById.get(row.issueId());
            DeskInfo from = deskById.get(row.issueDesk());
            if (issue != null && from != null) {
                result.add(new ForwardedIssue(
                        row.id(),
                        from,
                        to,
                        issue,
                        row.at(),
                        row.by(),
                        row.reason(),
                        lines.getOrDefault(row.issueId(), List.of())));
            }
        }
        return result;
    }

    /** This desk's province desk, when this is a kabupaten/kota desk. */
    private Optional<DeskInfo> province() {
        DeskInfo here =
                desks.withIds(List.of(working.acting())).stream().findFirst().orElse(null);
        if (here == null || here.level() != DeskLevel.KABKOTA || here.parentId() == null) {
            return Optional.empty();
        }
        return desks.withIds(List.of(here.parentId())).stream().findFirst();
    }

    private void requireProvinceReader() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.PIMPINAN) && !actor.is(Role.ADMIN) && !actor.is(Role.BAKESBANGPOL)) {
            throw DeskException.forbidden("issue.forward.list.forbidden");
        }
    }

    private static String deskName(@Nullable DeskInfo desk) {
        if (desk == null) {
            return "";
        }
        return desk.level() == DeskLevel.PROVINSI ? "Provinsi " + desk.regionName() : desk.regionName();
    }
}
