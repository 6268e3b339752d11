package id.go.jakarta.deskpilkada.journal;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.journal.internal.JournalEntry;
import id.go.jakarta.deskpilkada.journal.internal.JournalEntryRepository;
import id.go.jakarta.deskpilkada.journal.internal.JournalProperties;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post journal. Writers: a post's chief and officers for their own post, leadership for any.
 * Readers: the post's own people, the provincial post (every post) and leadership (every post);
 * nobody else. Entries are only ever added: there is no method that changes or removes one, and a
 * correction is a new entry pointing at the one it corrects (each entry is corrected at most once;
 * a correction may itself be corrected). Every entry is published as a {@link JournalEntryAdded}.
 */
@Service
@Transactional(readOnly = true)
public class JournalService {

    public static final int MAX_TEXT = 1000;
    /** The most entries one read returns. */
    public static final int MAX_LIST = 500;
    /** The longest text of a ticker line on the wall. */
    public static final int TICKER_TEXT = 140;
    /** The most ticker lines one call returns. */
    public static final int MAX_TICKER = 50;

    private final JournalEntryRepository entries;
    private final PoskoService posko;
    private final ShiftService shifts;
    private final IssueService issues;
    private final JournalProperties properties;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    JournalService(
            JournalEntryRepository entries,
            PoskoService posko,
            ShiftService shifts,
            IssueService issues,
            JournalProperties properties,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock) {
        this.entries = entries;
        this.posko = posko;
        this.shifts = shifts;
        this.issues = issues;
        this.properties = properties;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---- who may ---------------------------------------------------------------------------------

    /** True for leadership and the provincial post's people: they read every post's journal. */
    public boolean readsAllPosts() {
        return readsAll(CurrentActor.require());
    }

    public boolean mayRead(long poskoId) {
        return mayRead(CurrentActor.require(), poskoId);
    }

    public boolean mayWrite(long poskoId) {
        return mayWrite(CurrentActor.require(), poskoId);
    }

    /** The posts whose journal the signed-in person may read, in display order. */
    public List<PoskoTile> readablePosts() {
        Actor actor = CurrentActor.require();
        return posko.tiles().stream().filter(p -> mayRead(actor, p.id())).toList();
    }

    /** How far back an entry may be timed. */
    public java.time.Duration backdateLimit() {
        return properties.backdateLimit();
    }

    private boolean readsAll(Actor actor) {
        if (actor.system() || actor.is(Role.PIMPINAN)) {
            return true;
        }
        return postPeople(actor)
                && actor.poskoId() != null
                && posko.tile(actor.poskoId())
                        .map(p -> p.level() == PoskoLevel.PROVINSI)
                        .orElse(false);
    }

    private boolean mayRead(Actor actor, long poskoId) {
        return readsAll(actor) || postPeople(actor) && actor.belongsTo(poskoId);
    }

    private static boolean mayWrite(Actor actor, long poskoId) {
        return actor.system() || actor.is(Role.PIMPINAN) || postPeople(actor) && actor.belongsTo(poskoId);
    }

    private static boolean postPeople(Actor actor) {
        return actor.is(Role.KETUA_POSKO) || actor.is(Role.PETUGAS);
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * Entries newest first: of one post, or (post null) of every post the person may read; of one
     * duty day and one category if given; at most {@code limit} (and {@link #MAX_LIST}).
     */
    public List<JournalEntryInfo> entries(
            @Nullable Long poskoId, @Nullable LocalDate day, @Nullable JournalCategory category, int limit) {
        Actor actor = CurrentActor.require();
        @Nullable Long only = poskoId;
        if (only != null) {
            if (!mayRead(actor, only)) {
                throw DeskException.forbidden("journal.forbidden");
            }
        } else if (!readsAll(actor)) {
            if (!postPeople(actor) || actor.poskoId() == null) {
                throw DeskException.forbidden("journal.forbidden");
            }
            only = actor.poskoId();
        }
        int max = Math.clamp(limit, 0, MAX_LIST);
        if (max == 0) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select e from JournalEntry e where 1 = 1");
        if (only != null) {
            jpql.append(" and e.poskoId = :posko");
        }
        if (day != null) {
            jpql.append(" and e.shiftDay = :day");
        }
        if (category != null) {
            jpql.append(" and e.category = :category");
        }
        jpql.append(" order by e.at desc, e.id desc");
        TypedQuery<JournalEntry> query = entityManager.createQuery(jpql.toString(), JournalEntry.class);
        if (only != null) {
            query.setParameter("posko", only);
        }
        if (day != null) {
            query.setParameter("day", day);
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        return withCorrections(query.setMaxResults(max).getResultList());
    }

    /** One entry, if the person may read its post's journal. */
    public JournalEntryInfo entry(long id) {
        JournalEntry entry = find(id);
        return withCorrections(List.of(entry)).getFirst();
    }

    /** The shift of the post running at that time, and its duty day. */
    public ShiftAt shiftAt(long poskoId, Instant at) {
        LocalDate calendarDay = Wib.day(at);
        ShiftInfo running = null;
        LocalDate runningDay = calendarDay;
        for (ShiftInfo shift : shifts.shiftsOf(poskoId)) {
            if (!shift.active()) {
                continue;
            }
            for (LocalDate day : List.of(calendarDay.minusDays(1), calendarDay)) {
                Instant start = shift.startsAt(day);
                // Of overlapping shifts, the one that started last holds the post.
                if (!start.isAfter(at)
                        && shift.endsAt(day).isAfter(at)
                        && (running == null || start.isAfter(running.startsAt(runningDay)))) {
                    running = shift;
                    runningDay = day;
                }
            }
        }
        return new ShiftAt(running, runningDay);
    }

    /**
     * The shift running at a post at some time.
     *
     * @param shift the shift, or null outside every active shift
     * @param day   the day that shift started (the duty day), else the WIB calendar day
     */
    public record ShiftAt(@Nullable ShiftInfo shift, LocalDate day) {}

    /**
     * The latest entries across every post for the wall's ticker, newest first: post, time,
     * category and the text on one line cut to {@value #TICKER_TEXT} characters. No author names
     * (walls show no personal data); an entry that was corrected gives way to its correction.
     * Readable without a signed-in person, like the public issue counts.
     */
    public List<WallTickerItem> wallTicker(int limit) {
        int max = Math.clamp(limit, 0, MAX_TICKER);
        if (max == 0) {
            return List.of();
        }
        Map<Long, PoskoTile> posts =
                posko.allTiles().stream().collect(Collectors.toMap(PoskoTile::id, Function.identity()));
        return entries.findLatestStanding(PageRequest.of(0, max)).stream()
                .filter(e -> posts.containsKey(e.poskoId()))
                .map(e -> {
                    PoskoTile post = posts.get(e.poskoId());
                    return new WallTickerItem(
                            post.id(),
                            post.code(),
                            post.name(),
                            e.at(),
                            e.category().labelKey(),
                            shortText(e.text()));
                })
                .toList();
    }

    /** One line, at most {@value #TICKER_TEXT} characters, cut at a word where it can be. */
    static String shortText(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= TICKER_TEXT) {
            return line;
        }
        String cut = line.substring(0, TICKER_TEXT - 1);
        int space = cut.lastIndexOf(' ');
        if (space > TICKER_TEXT / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "\u2026";
    }

    // ---- writing -------------------------------------------------------------------------------

    /** Adds an entry to a post's journal. */
    @Transactional
    public JournalEntryInfo write(long poskoId, JournalForm form) {
        Actor actor = CurrentActor.require();
        posko.tile(poskoId).orElseThrow(() -> DeskException.notFound("posko.notFound", String.valueOf(poskoId)));
        if (!mayWrite(actor, poskoId)) {
            throw DeskException.forbidden("journal.forbidden");
        }
        return append(actor, poskoId, form, null);
    }

    /**
     * Corrects an entry: a new entry in the same post's journal pointing at the old one, which
     * stays as it was and reads "corrected by" the new one. An entry is corrected once; a second
     * correction goes against the correction.
     */
    @Transactional
    public JournalEntryInfo correct(long entryId, JournalForm form) {
        Actor actor = CurrentActor.require();
        JournalEntry original = find(entryId);
        if (!mayWrite(actor, original.poskoId())) {
            throw DeskException.forbidden("journal.forbidden");
        }
        Optional<Long> already = correctionOf(entryId);
        if (already.isPresent()) {
            throw DeskException.conflict("journal.alreadyCorrected", String.valueOf(already.get()));
        }
        try {
            return append(actor, original.poskoId(), form, original);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            // Someone corrected it at the same moment: the unique corrects_id let only one through.
            throw DeskException.conflict("journal.correctedMeanwhile");
        }
    }

    private JournalEntryInfo append(Actor actor, long poskoId, JournalForm form, @Nullable JournalEntry original) {
        if (form.category() == null) {
            throw DeskException.invalid("journal.category.required");
        }
        String text = form.text().strip();
        if (text.isEmpty()) {
            throw DeskException.invalid("journal.text.required");
        }
        if (text.length() > MAX_TEXT) {
            throw DeskException.invalid("journal.text.tooLong", MAX_TEXT);
        }
        Instant now = clock.instant();
        Instant at = form.at() == null ? now : form.at();
        if (at.isAfter(now)) {
            throw DeskException.invalid("journal.time.future");
        }
        // A correction may restate the time of what it corrects, however long ago that was.
        Instant earliest = (original == null ? now : min(now, original.at())).minus(properties.backdateLimit());
        if (at.isBefore(earliest)) {
            throw DeskException.invalid(
                    "journal.time.tooEarly", properties.backdateLimit().toHours());
        }
        if (form.issueId() != null) {
            try {
                issues.issue(form.issueId());
            } catch (DeskException unseen) {
                throw DeskException.invalid("journal.issue.unknown", String.valueOf(form.issueId()));
            }
        }
        ShiftAt slot = shiftAt(poskoId, at);
        JournalEntry entry = entries.saveAndFlush(new JournalEntry(
                poskoId,
                at,
                slot.day(),
                slot.shift() == null ? null : slot.shift().id(),
                slot.shift() == null ? null : slot.shift().name(),
                form.category(),
                text,
                actor.username(),
                actor.displayName(),
                form.issueId(),
                original == null ? null : original.id(),
                now));
        events.publishEvent(new JournalEntryAdded(
                entry.id(), poskoId, original == null ? null : original.id(), actor.belongsTo(poskoId)));
        return entry.toInfo(null);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private JournalEntry find(long id) {
        JournalEntry entry =
                entries.findById(id).orElseThrow(() -> DeskException.notFound("journal.notFound", String.valueOf(id)));
        if (!mayRead(CurrentActor.require(), entry.poskoId())) {
            // Said as "not found": who may not read a journal does not learn what is in it.
            throw DeskException.notFound("journal.notFound", String.valueOf(id));
        }
        return entry;
    }

    private Optional<Long> correctionOf(long id) {
        return entries.correctionsOf(List.of(id)).stream()
                .map(row -> (Long) row[1])
                .findFirst();
    }

    private List<JournalEntryInfo> withCorrections(List<JournalEntry> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> correctedBy = new HashMap<>();
        List<Long> ids = rows.stream().map(JournalEntry::id).toList();
        for (Object[] pair : entries.correctionsOf(ids)) {
            correctedBy.put((Long) pair[0], (Long) pair[1]);
        }
        return rows.stream().map(e -> e.toInfo(correctedBy.get(e.id()))).toList();
    }
}
