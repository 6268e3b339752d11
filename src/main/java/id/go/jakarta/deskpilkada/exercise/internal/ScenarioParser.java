package id.go.jakarta.deskpilkada.exercise.internal;

import id.go.jakarta.deskpilkada.exercise.Inject;
import id.go.jakarta.deskpilkada.exercise.InjectKind;
import id.go.jakarta.deskpilkada.exercise.Scenario;
import id.go.jakarta.deskpilkada.exercise.ScenarioCheck;
import id.go.jakarta.deskpilkada.exercise.ScenarioProblem;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a scenario file (JSON, see docs/latihan.md) and checks all of it before anything runs:
 * every problem is reported with the inject's number, nothing half-valid is accepted.
 */
public final class ScenarioParser {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_INJECTS = 500;
    static final Duration MAX_LENGTH = Duration.ofHours(24);
    static final int MAX_TEXT = 300;
    private static final int MAX_NAME = 120;
    private static final int MAX_PROBLEMS = 50;
    private static final Pattern OFFSET = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})");
    private static final Set<String> COMMON = Set.of("after", "type", "post", "as", "note");
    private static final Map<InjectKind, Set<String>> FIELDS = Map.of(
            InjectKind.ISSUE, Set.of("title", "description", "category", "severity"),
            InjectKind.ABSENCE, Set.of("role"),
            InjectKind.DEVICE_DOWN, Set.of("device"),
            InjectKind.LATE_REPORT, Set.of(),
            InjectKind.ALERT, Set.of("level"));

    private final JsonMapper json;
    private final Set<String> posts;
    private final Set<String> categories;
    private final Predicate<String> accountExists;

    /**
     * @param posts         the post codes (upper case)
     * @param categories    the issue category codes
     * @param accountExists whether a username is an active account
     */
    public ScenarioParser(JsonMapper json, Set<String> posts, Set<String> categories, Predicate<String> accountExists) {
        this.json = json;
        this.posts = posts;
        this.categories = categories;
        this.accountExists = accountExists;
    }

    public ScenarioCheck parse(byte[] content) {
        List<ScenarioProblem> problems = new ArrayList<>();
        if (content.length == 0 || content.length > MAX_BYTES) {
            return failed(ScenarioProblem.of(0, "exercise.scenario.size", MAX_BYTES / 1024));
        }
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            return failed(ScenarioProblem.of(
                    0,
                    "exercise.scenario.notJson",
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
        }
        if (root == null || !root.isObject()) {
            return failed(ScenarioProblem.of(0, "exercise.scenario.notObject"));
        }
        String name = text(root, "name");
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            problems.add(ScenarioProblem.of(0, "exercise.scenario.name", MAX_NAME));
        }
        for (String field : names(root)) {
            if (!field.equals("name") && !field.equals("injects")) {
                problems.add(ScenarioProblem.of(0, "exercise.scenario.unknownField", field));
            }
        }
        JsonNode list = root.get("injects");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_INJECTS) {
            problems.add(ScenarioProblem.of(0, "exercise.scenario.injects", MAX_INJECTS));
            return failed(problems);
        }
        List<Inject> injects = new ArrayList<>();
        int number = 0;
        for (JsonNode node : list) {
            number++;
            Inject inject = inject(number, node, problems);
            if (inject != null) {
                injects.add(inject);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty() || name == null) {
            return failed(problems);
        }
        injects.sort(Comparator.comparing(Inject::after).thenComparingInt(Inject::number));
        return new ScenarioCheck(new Scenario(name.strip(), List.copyOf(injects)), List.of());
    }

    private @Nullable Inject inject(int n, JsonNode node, List<ScenarioProblem> problems) {
        if (!node.isObject()) {
            problems.add(ScenarioProblem.of(n, "exercise.inject.notObject"));
            return null;
        }
        int before = problems.size();
        Duration after = offset(text(node, "after"));
        if (after == null) {
            problems.add(ScenarioProblem.of(n, "exercise.inject.after"));
        }
        InjectKind kind = enumValue(InjectKind.class, text(node, "type"));
        if (kind == null) {
            problems.add(ScenarioProblem.of(n, "exercise.inject.type", Arrays.toString(InjectKind.values())));
            return null;
        }
        for (String field : names(node)) {
            if (!COMMON.contains(field) && !FIELDS.get(kind).contains(field)) {
                problems.add(ScenarioProblem.of(n, "exercise.inject.unknownField", field, kind.name()));
            }
        }
        String post = upper(text(node, "post"));
        if (post == null || !posts.contains(post)) {
            problems.add(ScenarioProblem.of(n, "exercise.inject.post", String.valueOf(text(node, "post"))));
        }
        String as = text(node, "as");
        if (as == null || as.isBlank() || !accountExists.test(as.strip())) {
            problems.add(ScenarioProblem.of(n, "exercise.inject.as", String.valueOf(as)));
        }
        String note = text(node, "note");
        if (note != null && note.length() > MAX_TEXT) {
            problems.add(ScenarioProblem.of(n, "exercise.inject.tooLong", "note", MAX_TEXT));
        }
        String title = text(node, "title");
        String description = text(node, "description");
        String category = upper(text(node, "category"));
        String severity = upper(text(node, "severity"));
        String role = upper(text(node, "role"));
        String level = upper(text(node, "level"));
        switch (kind) {
            case ISSUE -> {
                if (title == null || title.isBlank() || title.length() > IssueService.MAX_TITLE) {
                    problems.add(ScenarioProblem.of(n, "exercise.inject.title", IssueService.MAX_TITLE));
                }
                if (description != null && description.length() > IssueService.MAX_DESCRIPTION) {
                    problems.add(ScenarioProblem.of(
                            n, "exercise.inject.tooLong", "description", IssueService.MAX_DESCRIPTION));
                }
                if (category == null || !categories.contains(category)) {
                    problems.add(ScenarioProblem.of(
                            n, "exercise.inject.category", String.valueOf(category), String.join(", ", categories)));
                }
                if (severity != null && enumValue(Severity.class, severity) == null) {
                    problems.add(ScenarioProblem.of(n, "exercise.inject.severity", severity));
                }
            }
            case ABSENCE -> {
                if (role != null && enumValue(PostRole.class, role) == null) {
                    problems.add(ScenarioProblem.of(n, "exercise.inject.role", role));
                }
            }
            case ALERT -> {
                if (level == null || enumValue(AlertLevel.class, level) == null) {
                    problems.add(ScenarioProblem.of(n, "exercise.inject.level", String.valueOf(level)));
                }
                if (note == null || note.isBlank()) {
                    problems.add(ScenarioProblem.of(n, "exercise.inject.reason"));
                }
            }
            case DEVICE_DOWN, LATE_REPORT -> {
                // The device is found by name when the inject fires; none named: the post's first camera.
            }
        }
        if (problems.size() > before || after == null || post == null || as == null) {
            return null;
        }
        return new Inject(
                n,
                after,
                kind,
                post,
                as.strip(),
                strip(title),
                strip(description),
                category,
                severity == null ? Severity.SEDANG.name() : severity,
                role,
                strip(text(node, "device")),
                level,
                strip(note));
    }

    /** "mm:ss" or "h:mm:ss" from the start, at most 24 hours. */
    static @Nullable Duration offset(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher m = OFFSET.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (seconds > 59 || (m.group(1) != null && minutes > 59)) {
            return null;
        }
        Duration d = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
        return d.compareTo(MAX_LENGTH) > 0 ? null : d;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static @Nullable String upper(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static @Nullable String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ScenarioCheck failed(ScenarioProblem problem) {
        return new ScenarioCheck(null, List.of(problem));
    }

    private static ScenarioCheck failed(List<ScenarioProblem> problems) {
        return new ScenarioCheck(null, List.copyOf(problems));
    }
}
