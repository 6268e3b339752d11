package id.go.jakarta.deskpilkada.issues.api;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.issues.api.IssueDtos.NewIssue;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Reads what a client sent (codes, enum names, query parameters) into the services' terms. Every
 * refusal names the field or parameter and, for fixed lists, the values allowed: a client
 * developer must be able to fix the request from the answer alone.
 */
@Component
class IssueRequests {

    static final int MAX_PAGE_SIZE = 500;
    static final int DEFAULT_PAGE_SIZE = 50;
    /** The sortable fields as clients name them, and the issue property each sorts by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "reportedAt", "reportedAt", "severity", "severityRank", "status", "status", "updatedAt", "updatedAt");

    private final IssueService issues;
    private final StaffService staff;
    private final WilayahService wilayah;
    private final IssueViews views;

    IssueRequests(IssueService issues, StaffService staff, WilayahService wilayah, IssueViews views) {
        this.issues = issues;
        this.staff = staff;
        this.wilayah = wilayah;
        this.views = views;
    }

    IssueForm form(NewIssue body) {
        if (body.title() == null || body.title().isBlank()) {
            throw DeskException.invalid("issue.title.required");
        }
        String code = blankToNull(body.category());
        if (code == null) {
            throw DeskException.invalid("issue.api.field.required", "category");
        }
        CategoryInfo category = views.category(code)
                .orElseThrow(() -> DeskException.invalid("issue.category.unknown", shortened(code)));
        Severity severity = field("severity", body.severity(), Severity.class);
        if (severity == null) {
            throw DeskException.invalid("issue.severity.required");
        }
        IssueSource source = field("source", body.source(), IssueSource.class);
        if (source == null) {
            throw DeskException.invalid("issue.source.required");
        }
        return new IssueForm(
                body.title(),
                body.description(),
                category.id(),
                severity,
                blankToNull(body.wilayah()),
                blankToNull(body.kecamatan()),
                blankToNull(body.kelurahan()),
                body.tps(),
                body.address(),
                source,
                body.stage());
    }

    /** The unit or agency of a referral, by its code. */
    @Nullable
    Long unit(@Nullable String code) {
        String clean = blankToNull(code);
        if (clean == null) {
            return null;
        }
        return staff.unitByCode(clean)
                .map(UnitInfo::id)
                .orElseThrow(() -> DeskException.invalid("issue.api.unit.unknown", shortened(clean)));
    }

    /** The value of a body field that must be one of an enum's names (any case), or null if absent. */
    static <E extends Enum<E>> @Nullable E field(String name, @Nullable String value, Class<E> type) {
        String clean = blankToNull(value);
        if (clean == null) {
            return null;
        }
        return parse(clean, type)
                .orElseThrow(() -> DeskException.invalid("issue.api.field.values", name, allowed(type)));
    }

    static <E extends Enum<E>> E required(String name, @Nullable String value, Class<E> type) {
        E parsed = field(name, value, type);
        if (parsed == null) {
            throw DeskException.invalid("issue.api.field.required", name);
        }
        return parsed;
    }

    /** The list filter from the query parameters; each is optional. */
    IssueFilter filter(
            @Nullable String area,
            @Nullable List<String> statuses,
            @Nullable List<String> severities,
            @Nullable String category,
            @Nullable Integer stage,
            @Nullable String source,
            @Nullable String from,
            @Nullable String to,
            @Nullable String q,
            @Nullable String unit) {
        String areaCode = blankToNull(area);
        if (areaCode != null && wilayah.find(areaCode).isEmpty()) {
            throw DeskException.invalid("issue.api.parameter.unknown", "wilayah", shortened(areaCode));
        }
        Long categoryId = null;
        String categoryCode = blankToNull(category);
        if (categoryCode != null) {
            categoryId = issues.categories().stream()
                    .filter(c -> c.code().equalsIgnoreCase(categoryCode))
                    .map(CategoryInfo::id)
                    .findFirst()
                    .orElseThrow(() ->
                            DeskException.invalid("issue.api.parameter.unknown", "category", shortened(categoryCode)));
        }
        Long unitId = null;
        String unitCode = blankToNull(unit);
        if (unitCode != null) {
            unitId = staff.unitByCode(unitCode)
                    .map(UnitInfo::id)
                    .orElseThrow(
                            () -> DeskException.invalid("issue.api.parameter.unknown", "unit", shortened(unitCode)));
        }
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw DeskException.invalid("issue.api.parameter.range");
        }
        return new IssueFilter(
                areaCode,
                parameters("status", statuses, IssueStatus.class),
                parameters("severity", severities, Severity.class),
                categoryId,
                stage,
                parameter("source", source, IssueSource.class),
                fromDay,
                toDay,
                blankToNull(q),
                unitId,
                false);
    }

    static int size(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DeskException.invalid("issue.api.parameter.size", MAX_PAGE_SIZE);
        }
        return size;
    }

    /** The first row of the page; refused when negative or beyond what an int offset can hold. */
    static int offset(int page, int size) {
        long offset = (long) page * size;
        if (page < 0 || offset > Integer.MAX_VALUE - size) {
            throw DeskException.invalid("issue.api.parameter.page");
        }
        return (int) offset;
    }

    /**
     * {@code reportedAt}, {@code severity}, {@code status} or {@code updatedAt}, each optionally
     * followed by {@code asc} or {@code desc} (newest and most severe first when not said):
     * {@code sort=severity,desc&sort=reportedAt}.
     */
    static Sort sort(@Nullable String sort) {
        String clean = blankToNull(sort);
        if (clean == null) {
            return Sort.unsorted();
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String raw : clean.split(",")) {
            String token = raw.strip();
            if (token.equalsIgnoreCase("asc") || token.equalsIgnoreCase("desc")) {
                if (orders.isEmpty()) {
                    throw DeskException.invalid("issue.api.parameter.sort");
                }
                Sort.Order last = orders.removeLast();
                orders.add(
                        token.equalsIgnoreCase("asc") ? last.with(Sort.Direction.ASC) : last.with(Sort.Direction.DESC));
                continue;
            }
            String property = SORTABLE.get(token);
            if (property == null) {
                throw DeskException.invalid("issue.api.parameter.sort");
            }
            orders.add(Sort.Order.desc(property));
        }
        return Sort.by(orders);
    }

    private static @Nullable LocalDate day(String name, @Nullable String value) {
        String clean = blankToNull(value);
        if (clean == null) {
            return null;
        }
        try {
            return LocalDate.parse(clean);
        } catch (DateTimeParseException e) {
            throw DeskException.invalid("issue.api.parameter.date", name);
        }
    }

    private static <E extends Enum<E>> @Nullable E parameter(String name, @Nullable String value, Class<E> type) {
        String clean = blankToNull(value);
        if (clean == null) {
            return null;
        }
        return parse(clean, type)
                .orElseThrow(() -> DeskException.invalid("issue.api.parameter.values", name, allowed(type)));
    }

    private static <E extends Enum<E>> Set<E> parameters(String name, @Nullable List<String> values, Class<E> type) {
        Set<E> parsed = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E one = parameter(name, value, type);
                if (one != null) {
                    parsed.add(one);
                }
            }
        }
        return parsed;
    }

    private static <E extends Enum<E>> java.util.Optional<E> parse(String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A client's value as quoted back in a refusal: never a whole pasted document. */
    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
