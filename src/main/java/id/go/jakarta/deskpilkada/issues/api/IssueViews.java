package id.go.jakarta.deskpilkada.issues.api;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.AttachmentInfo;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.TimelineEntry;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.AttachmentDto;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.IssueDto;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.Ref;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.Stage;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.TimelineLine;
import id.go.jakarta.deskpilkada.issues.internal.IssueProperties;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns issues into what the API answers: every code with its name, so a reader of the JSON
 * needs no second call to know that 31.71.01.1001 is Gambir. The reference data is read once
 * per answer, not once per issue (each service call is a transaction of its own, and a page holds
 * up to 500 issues).
 */
@Component
class IssueViews {

    private final IssueService issues;
    private final WilayahService wilayah;
    private final PoskoService posko;
    private final StaffService staff;
    private final ElectionService elections;
    private final IssueProperties properties;

    IssueViews(
            IssueService issues,
            WilayahService wilayah,
            PoskoService posko,
            StaffService staff,
            ElectionService elections,
            IssueProperties properties) {
        this.issues = issues;
        this.wilayah = wilayah;
        this.posko = posko;
        this.staff = staff;
        this.elections = elections;
        this.properties = properties;
    }

    /** How long reference data read from the database serves answers (a rename shows this much later). */
    static final Duration REFERENCE_TTL = Duration.ofSeconds(5);

    /** Categories, units and elections as read at {@code loadedAt} (nanoTime); areas never change. */
    private record Reference(
            Map<Long, CategoryInfo> categories,
            Map<Long, UnitInfo> units,
            Map<Long, ElectionInfo> elections,
            long loadedAt) {

        boolean names(IssueInfo issue) {
            return categories.containsKey(issue.categoryId())
                    && (issue.assignedUnitId() == null || units.containsKey(issue.assignedUnitId()))
                    && (issue.electionId() == null || elections.containsKey(issue.electionId()));
        }
    }

    private volatile @Nullable Reference reference;

    /**
     * Reference data for one answer about these issues. What comes from the database is kept for
     * {@link #REFERENCE_TTL} and read again at once when an issue names something it does not
     * hold (a category or unit added meanwhile): under a burst of filings, four queries per
     * answer had every request waiting for a database connection. Posts come from the live
     * snapshot each time.
     */
    Names names(List<IssueInfo> shown) {
        Reference ref = reference(r -> shown.stream().allMatch(r::names));
        return new Names(
                ref.categories(),
                posko.allTiles().stream().collect(Collectors.toMap(PoskoTile::id, Function.identity(), (a, b) -> a)),
                ref.units(),
                ref.elections(),
                wilayah.areas(shown.stream()
                        .flatMap(i -> Stream.of(i.wilayahCode(), i.kecamatanCode(), i.kelurahanCode()))
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet())));
    }

    /** The category with this code (any case), from the same reference data as the answers. */
    Optional<CategoryInfo> category(String code) {
        Function<Reference, Optional<CategoryInfo>> find = r -> r.categories().values().stream()
                .filter(c -> c.code().equalsIgnoreCase(code))
                .findFirst();
        return find.apply(reference(r -> find.apply(r).isPresent()));
    }

    /** The reference data, read again when older than the TTL or when it lacks what is asked for. */
    private Reference reference(Predicate<Reference> holds) {
        Reference ref = reference;
        if (ref == null || System.nanoTime() - ref.loadedAt() > REFERENCE_TTL.toNanos() || !holds.test(ref)) {
            ref = new Reference(
                    issues.categories().stream().collect(Collectors.toMap(CategoryInfo::id, Function.identity())),
                    staff.units().stream().collect(Collectors.toMap(UnitInfo::id, Function.identity())),
                    elections.all().stream().collect(Collectors.toMap(ElectionInfo::id, Function.identity())),
                    System.nanoTime());
            reference = ref;
        }
        return ref;
    }

    IssueDto dto(IssueInfo issue, Names names, @Nullable List<TimelineEntry> timeline) {
        CategoryInfo category = names.categories().get(issue.categoryId());
        PoskoTile post = names.posts().get(issue.poskoId());
        UnitInfo unit = issue.assignedUnitId() == null ? null : names.units().get(issue.assignedUnitId());
        return new IssueDto(
                issue.id(),
                issue.title(),
                issue.description(),
                category == null
                        ? new Ref(String.valueOf(issue.categoryId()), "?")
                        : new Ref(category.code(), category.name()),
                issue.severity(),
                issue.status(),
                requiredPlace(issue.wilayahCode(), names),
                place(issue.kecamatanCode(), names),
                place(issue.kelurahanCode(), names),
                issue.tps(),
                issue.address(),
                stage(issue, names),
                issue.source(),
                issue.reporter(),
                post == null ? new Ref(String.valueOf(issue.poskoId()), "?") : new Ref(post.code(), post.name()),
                issue.escalated(),
                unit == null ? null : new Ref(unit.code(), unit.name()),
                issue.rejection(),
                issue.reportedAt(),
                wib(issue.reportedAt()),
                Wib.day(issue.reportedAt()),
                issue.referredAt(),
                acknowledgeBy(issue),
                issue.acknowledgedAt(),
                issue.overdue(),
                issue.resolvedAt(),
                issue.updatedAt(),
                wib(issue.updatedAt()),
                issue.version(),
                timeline == null
                        ? null
                        : timeline.stream().map(IssueViews::line).toList());
    }

    static AttachmentDto attachment(AttachmentInfo a) {
        return new AttachmentDto(
                a.id(),
                a.issueId(),
                a.fileName(),
                a.contentType(),
                a.size(),
                a.uploadedBy(),
                a.uploadedAt(),
                IssueApi.ATTACHMENTS + "/" + a.id());
    }

    private static TimelineLine line(TimelineEntry e) {
        return new TimelineLine(e.at(), wib(e.at()), e.actor(), e.kind(), e.from(), e.to(), e.text());
    }

    private static @Nullable Stage stage(IssueInfo issue, Names names) {
        Integer seq = issue.stageSeq();
        if (seq == null) {
            return null;
        }
        ElectionInfo election =
                issue.electionId() == null ? null : names.elections().get(issue.electionId());
        String name = election == null
                ? null
                : election.stage(seq).map(StageInfo::name).orElse(null);
        return new Stage(seq, name);
    }

    /** The same rule as {@link IssueService#acknowledgeBy}, without a transaction per issue. */
    private @Nullable Instant acknowledgeBy(IssueInfo issue) {
        return issue.referredAt() == null
                ? null
                : issue.referredAt().plus(properties.acknowledgeWithin(issue.severity()));
    }

    private static Ref requiredPlace(String code, Names names) {
        Ref ref = place(code, names);
        return ref == null ? new Ref(code, "?") : ref;
    }

    private static @Nullable Ref place(@Nullable String code, Names names) {
        if (code == null) {
            return null;
        }
        WilayahArea area = names.areas().get(code);
        return area == null ? new Ref(code, "?") : new Ref(area.code(), name(area));
    }

    private static String name(WilayahArea area) {
        return area.level().isWilayah() ? area.shortName() : area.name();
    }

    private static OffsetDateTime wib(Instant at) {
        return at.atZone(Wib.ZONE).toOffsetDateTime();
    }

    record Names(
            Map<Long, CategoryInfo> categories,
            Map<Long, PoskoTile> posts,
            Map<Long, UnitInfo> units,
            Map<Long, ElectionInfo> elections,
            Map<String, WilayahArea> areas) {}
}
