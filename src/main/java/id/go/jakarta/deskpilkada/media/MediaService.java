package id.go.jakarta.deskpilkada.media;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.media.internal.MediaStatement;
import id.go.jakarta.deskpilkada.media.internal.MediaStatementRepository;
import id.go.jakarta.deskpilkada.media.internal.MediaStatementVersion;
import id.go.jakarta.deskpilkada.media.internal.MediaStatementVersionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Media statements, one door to the press: people at the posts (chiefs, officers), leadership and
 * Bakesbangpol draft; only Bakesbangpol approves, returns with a note and publishes. Every change is
 * made against the version the person saw; every save of the title or text is kept as a version; a
 * published statement is never changed again (a correction is a new statement that supersedes it).
 * Each change is published as one {@link MediaStatementChanged}.
 */
@Service
@Transactional(readOnly = true)
public class MediaService {

    public static final int MAX_TITLE = 160;
    public static final int MAX_TEXT = 8000;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_RELATED = 20;
    /** The longest wall excerpt, in characters. */
    public static final int EXCERPT = 280;

    static final int MAX_LISTED = 500;

    private static final Set<Role> DRAFTERS =
            EnumSet.of(Role.KETUA_POSKO, Role.PETUGAS, Role.PIMPINAN, Role.BAKESBANGPOL);
    private static final Set<MediaStatus> UNPUBLISHED =
            EnumSet.of(MediaStatus.DRAFT, MediaStatus.SUBMITTED, MediaStatus.RETURNED, MediaStatus.APPROVED);

    private final MediaStatementRepository statements;
    private final MediaStatementVersionRepository versions;
    private final IssueService issues;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MediaService(
            MediaStatementRepository statements,
            MediaStatementVersionRepository versions,
            IssueService issues,
            ApplicationEventPublisher events,
            Clock clock) {
        this.statements = statements;
        this.versions = versions;
        this.issues = issues;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * The latest published statement for the wall: title, a short excerpt and the publication time,
     * no personal names ({@link WallStatement#PUBLISHER} speaks). Public: needs no signed-in actor.
     */
    public Optional<WallStatement> latestPublished() {
        return statements
                .latest()
                .map(s -> new WallStatement(
                        s.id(),
                        s.title(),
                        excerpt(s.body()),
                        s.publishedAt() == null ? s.updatedAt() : s.publishedAt()));
    }

    /** The public register: published statements, newest first, each with its superseding correction. */
    public List<StatementInfo> published() {
        requirePerson();
        Map<Long, Long> supersededBy = supersessions();
        return statements.findPublished(MediaStatus.PUBLISHED, Pageable.ofSize(MAX_LISTED)).stream()
                .map(s -> s.toInfo(supersededBy.get(s.id())))
                .toList();
    }

    /** One statement, if the actor may see it (published ones: every person). */
    public StatementInfo statement(long id) {
        Actor actor = requirePerson();
        MediaStatement statement = find(id);
        if (!maySee(actor, statement)) {
            throw notFound(id);
        }
        return info(statement);
    }

    /** Every kept version of the statement's title and text, newest first. */
    public List<StatementVersionInfo> versions(long id) {
        statement(id);
        return versions.findByStatementIdOrderByNumberDesc(id).stream()
                .map(MediaStatementVersion::toInfo)
                .toList();
    }

    /** The unpublished statements the actor may see (his post's; everything for leadership and Bakesbangpol). */
    public List<StatementInfo> drafts() {
        Actor actor = requirePerson();
        return statements.findByStatuses(UNPUBLISHED, Pageable.ofSize(MAX_LISTED)).stream()
                .filter(s -> maySee(actor, s))
                .map(s -> s.toInfo(null))
                .toList();
    }

    /** Bakesbangpol's queue: statements submitted for review or approved and not yet out, oldest first. */
    public List<StatementInfo> reviewQueue() {
        if (!mayReview()) {
            throw DeskException.forbidden("media.review.forbidden");
        }
        return statements
                .findByStatuses(EnumSet.of(MediaStatus.SUBMITTED, MediaStatus.APPROVED), Pageable.ofSize(MAX_LISTED))
                .stream()
                .map(s -> s.toInfo(null))
                .toList()
                .reversed();
    }

    // ---- who may ---------------------------------------------------------------------------------

    public boolean mayDraft() {
        return CurrentActor.find().map(a -> DRAFTERS.contains(a.role())).orElse(false);
    }

    /** Only Bakesbangpol approves, returns and publishes. */
    public boolean mayReview() {
        return CurrentActor.find().map(a -> a.is(Role.BAKESBANGPOL)).orElse(false);
    }

    public boolean mayEdit(StatementInfo statement) {
        return CurrentActor.find().map(a -> mayEdit(a, statement.status())).orElse(false);
    }

    public boolean maySubmit(StatementInfo statement) {
        return mayDraft() && (statement.status() == MediaStatus.DRAFT || statement.status() == MediaStatus.RETURNED);
    }

    public boolean mayCorrect(StatementInfo statement) {
        return mayDraft() && statement.published() && !statement.superseded();
    }

    // ---- changing --------------------------------------------------------------------------------

    /** A new draft (version 1), owned by the drafter's post. */
    @Transactional
    public StatementInfo create(StatementForm form) {
        return draft(form, null);
    }

    /**
     * A correction of a published statement: a new draft that, once published, supersedes it. The
     * published statement itself stays as it was.
     */
    @Transactional
    public StatementInfo correct(long publishedId, StatementForm form) {
        Actor actor = drafter();
        MediaStatement original = find(publishedId);
        if (!maySee(actor, original)) {
            throw notFound(publishedId);
        }
        if (original.status() != MediaStatus.PUBLISHED) {
            throw DeskException.conflict("media.correct.notPublished");
        }
        if (!statements.findSupersedingIds(publishedId, MediaStatus.PUBLISHED).isEmpty()) {
            throw DeskException.conflict("media.correct.alreadySuperseded", String.valueOf(publishedId));
        }
        return draft(form, publishedId);
    }

    /** Saves title, text and related issues; a changed title or text becomes a new kept version. */
    @Transactional
    public StatementInfo save(long id, long seenVersion, StatementForm form) {
        Actor actor = drafter();
        MediaStatement statement = current(id, seenVersion, actor);
        if (statement.status() == MediaStatus.PUBLISHED) {
            throw DeskException.conflict("media.published.immutable");
        }
        if (!mayEdit(actor, statement.status())) {
            throw DeskException.conflict("media.edit.notNow", statement.status().name());
        }
        StatementForm checked = check(form);
        Instant now = clock.instant();
        boolean newVersion =
                statement.edit(checked.title(), checked.text(), checked.relatedIssueIds(), actor.displayName(), now);
        flush(statement);
        if (newVersion) {
            versions.save(new MediaStatementVersion(statement, actor.displayName()));
        }
        return publish(statement, null);
    }

    /** Sends a draft (or a returned statement) to Bakesbangpol for review. */
    @Transactional
    public StatementInfo submit(long id, long seenVersion) {
        Actor actor = drafter();
        MediaStatement statement = current(id, seenVersion, actor);
        expect(statement, MediaStatus.SUBMITTED, MediaStatus.DRAFT, MediaStatus.RETURNED);
        statement.submit(actor.displayName(), clock.instant());
        flush(statement);
        return publish(statement, null);
    }

    /** Bakesbangpol approves a submitted statement. */
    @Transactional
    public StatementInfo approve(long id, long seenVersion) {
        Actor actor = reviewer();
        MediaStatement statement = current(id, seenVersion, actor);
        expect(statement, MediaStatus.APPROVED, MediaStatus.SUBMITTED);
        statement.approve(actor.displayName(), clock.instant());
        flush(statement);
        return publish(statement, null);
    }

    /** Bakesbangpol sends a submitted or approved statement back to its drafters with a note. */
    @Transactional
    public StatementInfo sendBack(long id, long seenVersion, String note) {
        Actor actor = reviewer();
        MediaStatement statement = current(id, seenVersion, actor);
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw DeskException.invalid("media.return.noteRequired");
        }
        if (why.length() > MAX_NOTE) {
            throw DeskException.invalid("media.return.noteTooLong", MAX_NOTE);
        }
        expect(statement, MediaStatus.RETURNED, MediaStatus.SUBMITTED, MediaStatus.APPROVED);
        statement.sendBack(why, actor.displayName(), clock.instant());
        flush(statement);
        return publish(statement, null);
    }

    /**
     * Bakesbangpol publishes a submitted or approved statement: from now on it is immutable, in the
     * public register and on the walls. A correction supersedes the statement it corrects.
     */
    @Transactional
    public StatementInfo publish(long id, long seenVersion) {
        Actor actor = reviewer();
        MediaStatement statement = current(id, seenVersion, actor);
        expect(statement, MediaStatus.PUBLISHED, MediaStatus.SUBMITTED, MediaStatus.APPROVED);
        Long corrected = statement.supersedesId();
        if (corrected != null) {
            // Two corrections of one statement published at once: the second waits here, then sees the first.
            statements.findLocked(corrected);
            if (!statements.findSupersedingIds(corrected, MediaStatus.PUBLISHED).isEmpty()) {
                throw DeskException.conflict("media.correct.alreadySuperseded", String.valueOf(corrected));
            }
        }
        statement.publish(actor.displayName(), clock.instant());
        flush(statement);
        return publish(statement, corrected);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private StatementInfo draft(StatementForm form, @Nullable Long supersedes) {
        Actor actor = drafter();
        StatementForm checked = check(form);
        MediaStatement statement = statements.saveAndFlush(new MediaStatement(
                checked.title(),
                checked.text(),
                checked.relatedIssueIds(),
                actor.poskoId(),
                actor.displayName(),
                actor.username(),
                supersedes,
                clock.instant()));
        versions.save(new MediaStatementVersion(statement, actor.displayName()));
        return publish(statement, null);
    }

    private StatementInfo publish(MediaStatement statement, @Nullable Long superseded) {
        events.publishEvent(new MediaStatementChanged(statement.id(), statement.status(), superseded));
        return statement.toInfo(null);
    }

    private StatementInfo info(MediaStatement statement) {
        Long supersededBy = statement.status() == MediaStatus.PUBLISHED
                ? statements.findSupersedingIds(statement.id(), MediaStatus.PUBLISHED).stream()
                        .findFirst()
                        .orElse(null)
                : null;
        return statement.toInfo(supersededBy);
    }

    private Map<Long, Long> supersessions() {
        Map<Long, Long> result = new HashMap<>();
        for (Object[] row : statements.findSupersessions(MediaStatus.PUBLISHED)) {
            result.putIfAbsent((Long) row[0], (Long) row[1]);
        }
        return result;
    }

    private static Actor requirePerson() {
        Actor actor = CurrentActor.require();
        if (!actor.role().isForPeople()) {
            throw DeskException.forbidden("media.read.forbidden");
        }
        return actor;
    }

    private static Actor drafter() {
        Actor actor = CurrentActor.require();
        if (!DRAFTERS.contains(actor.role())) {
            throw DeskException.forbidden("media.draft.forbidden");
        }
        return actor;
    }

    private static Actor reviewer() {
        Actor actor = CurrentActor.require();
        // The one door: leadership and ADMIN included, nobody else approves or publishes.
        if (!actor.is(Role.BAKESBANGPOL)) {
            throw DeskException.forbidden("media.review.forbidden");
        }
        return actor;
    }

    private static boolean maySee(Actor actor, MediaStatement statement) {
        if (statement.status() == MediaStatus.PUBLISHED) {
            return actor.role().isForPeople();
        }
        return switch (actor.role()) {
            case BAKESBANGPOL, PIMPINAN -> true;
            case KETUA_POSKO, PETUGAS ->
                actor.username().equals(statement.authorUsername())
                        || statement.poskoId() != null && actor.belongsTo(statement.poskoId());
            default -> false;
        };
    }

    private static boolean mayEdit(Actor actor, MediaStatus status) {
        if (!DRAFTERS.contains(actor.role())) {
            return false;
        }
        // Once submitted, only the reviewer may still polish the text.
        return status == MediaStatus.DRAFT
                || status == MediaStatus.RETURNED
                || status == MediaStatus.SUBMITTED && actor.is(Role.BAKESBANGPOL);
    }

    private MediaStatement current(long id, long seenVersion, Actor actor) {
        MediaStatement statement = find(id);
        if (!maySee(actor, statement)) {
            throw notFound(id);
        }
        if (statement.version() != seenVersion) {
            throw DeskException.conflict("media.stale", statement.updatedBy(), Wib.time(statement.updatedAt()));
        }
        return statement;
    }

    private static void expect(MediaStatement statement, MediaStatus to, MediaStatus... from) {
        if (statement.status() == MediaStatus.PUBLISHED) {
            throw DeskException.conflict("media.published.immutable");
        }
        if (!List.of(from).contains(statement.status())) {
            throw DeskException.conflict(
                    "media.transition.invalid", statement.status().name(), to.name());
        }
    }

    private void flush(MediaStatement statement) {
        try {
            statements.saveAndFlush(statement);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw DeskException.conflict("media.stale.unknown");
        }
    }

    private MediaStatement find(long id) {
        return statements.findById(id).orElseThrow(() -> notFound(id));
    }

    private static DeskException notFound(long id) {
        return DeskException.notFound("media.notFound", String.valueOf(id));
    }

    private StatementForm check(StatementForm form) {
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            throw DeskException.invalid("media.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw DeskException.invalid("media.title.tooLong", MAX_TITLE);
        }
        String text = form.text() == null ? "" : form.text().strip();
        if (text.isEmpty()) {
            throw DeskException.invalid("media.text.required");
        }
        if (text.length() > MAX_TEXT) {
            throw DeskException.invalid("media.text.tooLong", MAX_TEXT);
        }
        Set<Long> related = new LinkedHashSet<>(form.relatedIssueIds());
        if (related.size() > MAX_RELATED) {
            throw DeskException.invalid("media.issues.tooMany", MAX_RELATED);
        }
        for (long issueId : related) {
            try {
                issues.issue(issueId);
            } catch (DeskException e) {
                // Unknown and out of scope read the same: a drafter must not learn what he may not see.
                throw DeskException.invalid("media.issue.unknown", String.valueOf(issueId));
            }
        }
        return new StatementForm(title, text, List.copyOf(related));
    }

    /** The text with its white space collapsed, cut at a word boundary to at most {@link #EXCERPT} characters. */
    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        String cut = flat.substring(0, EXCERPT - 1);
        int space = cut.lastIndexOf(' ');
        if (space > EXCERPT / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "\u2026";
    }
}
