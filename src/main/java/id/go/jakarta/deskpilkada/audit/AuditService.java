package id.go.jakarta.deskpilkada.audit;

import id.go.jakarta.deskpilkada.audit.internal.AuditEntry;
import id.go.jakarta.deskpilkada.audit.internal.AuditEntryRepository;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes to the desk's setup (election, calendar, posts, units, categories, accounts ...)
 * with who made them, when, and the item before and after. {@link #record} joins the changing
 * transaction and refuses to run outside one, so no change commits without its record.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** Most entries one read returns. */
    public static final int MAX_READ = 500;

    private final AuditEntryRepository repository;
    private final Clock clock;
    private final WorkingDesk working;

    AuditService(AuditEntryRepository repository, Clock clock, WorkingDesk working) {
        this.repository = repository;
        this.clock = clock;
        this.working = working;
    }

    /**
     * Records one change made by the current actor. {@code before} and {@code after} are the item's
     * fields in the order given; when both are present, only the fields that differ are kept, so the
     * entry says what changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String subject,
            String subjectId,
            String action,
            String label,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        Actor actor = CurrentActor.find().orElse(Actor.SYSTEM);
        Map<String, ?> shownBefore = before;
        Map<String, ?> shownAfter = after;
        if (before != null && after != null) {
            shownBefore = changedOnly(before, after);
            shownAfter = changedOnly(after, before);
            if (shownBefore.isEmpty() && shownAfter.isEmpty()) {
                return;
            }
        }
        repository.save(new AuditEntry(
                clock.instant(),
                actor.username(),
                subject,
                subjectId,
                action,
                label,
                lines(shownBefore),
                lines(shownAfter),
                deskOfChange()));
    }

    /**
     * The newest entries, of one subject kind or of all (null), newest first; ADMIN only. A desk's
     * admin reads his desk's entries; the deployment's admin every desk's.
     */
    public List<AuditEntryInfo> recent(@Nullable String subject, int limit) {
        Long desk = readableDesk();
        PageRequest page = PageRequest.of(0, Math.clamp(limit, 1, MAX_READ));
        List<AuditEntry> found;
        if (desk == null) {
            found = subject == null
                    ? repository.findAllByOrderByIdDesc(page)
                    : repository.findBySubjectOrderByIdDesc(subject, page);
        } else {
            found = subject == null
                    ? repository.findByDeskIdOrderByIdDesc(desk, page)
                    : repository.findByDeskIdAndSubjectOrderByIdDesc(desk, subject, page);
        }
        return found.stream().map(AuditEntry::toInfo).toList();
    }

    /** The entries about one item, newest first; ADMIN only, of his desk as {@link #recent}. */
    public List<AuditEntryInfo> of(String subject, String subjectId) {
        Long desk = readableDesk();
        return (desk == null
                        ? repository.findBySubjectAndSubjectIdOrderByIdDesc(subject, subjectId)
                        : repository.findByDeskIdAndSubjectAndSubjectIdOrderByIdDesc(desk, subject, subjectId))
                .stream().map(AuditEntry::toInfo).toList();
    }

    /** The subject kinds recorded so far (in the reader's desk, for a desk's admin), for a filter. */
    public List<String> subjects() {
        Actor actor = CurrentActor.find().orElse(Actor.SYSTEM);
        return actor.deploymentWide() ? repository.findSubjects() : repository.findSubjectsOf(working.acting());
    }

    /** The desk the change is made in (none for a lookup across desks, which changes nothing). */
    private @Nullable Long deskOfChange() {
        long desk = working.acting();
        return desk > 0 ? desk : null;
    }

    /** The desk whose entries the ADMIN reads; null for every desk's (the deployment's admin). */
    private @Nullable Long readableDesk() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("audit.forbidden");
        }
        return actor.deploymentWide() ? null : working.acting();
    }

    private static Map<String, Object> changedOnly(Map<String, ?> these, Map<String, ?> others) {
        Map<String, Object> changed = new LinkedHashMap<>();
        these.forEach((k, v) -> {
            if (!others.containsKey(k) || !Objects.equals(String.valueOf(v), String.valueOf(others.get(k)))) {
                changed.put(k, v);
            }
        });
        return changed;
    }

    private static @Nullable String lines(@Nullable Map<String, ?> fields) {
        if (fields == null) {
            return null;
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue() == null ? "-" : e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
