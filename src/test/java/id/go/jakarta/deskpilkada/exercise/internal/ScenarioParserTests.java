package id.go.jakarta.deskpilkada.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.exercise.Inject;
import id.go.jakarta.deskpilkada.exercise.InjectKind;
import id.go.jakarta.deskpilkada.exercise.ScenarioCheck;
import id.go.jakarta.deskpilkada.exercise.ScenarioProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Scenario files are checked whole before anything runs; every problem names its inject. */
class ScenarioParserTests {

    private final ScenarioParser parser = new ScenarioParser(
            JsonMapper.builder().build(),
            Set.of("BALAIKOTA", "JAKPUS", "JAKUT", "JAKBAR", "JAKSEL", "JAKTIM", "KEPSERIBU"),
            Set.of("LOGISTIK", "KAMTIBMAS"),
            u -> u.equals("admin") || u.startsWith("ketua.") || u.startsWith("petugas."));

    private ScenarioCheck parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String one(String inject) {
        return "{\"name\": \"Uji\", \"injects\": [" + inject + "]}";
    }

    @Test
    void the_bundled_example_scenario_is_valid_and_sorted_by_time() throws IOException {
        byte[] example;
        try (InputStream in = ScenarioParser.class.getResourceAsStream("/exercise/contoh-skenario.json")) {
            example = in.readAllBytes();
        }
        ScenarioCheck check = parser.parse(example);
        assertThat(check.problems()).isEmpty();
        assertThat(check.scenario().injects())
                .hasSize(6)
                .extracting(Inject::after)
                .isSorted();
        assertThat(check.scenario().injects()).extracting(Inject::kind).contains(InjectKind.values());
        assertThat(check.scenario().length()).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void injects_fire_in_time_order_whatever_their_order_in_the_file() {
        ScenarioCheck check = parse("{\"name\": \"Uji\", \"injects\": ["
                + "{\"after\": \"1:00:00\", \"type\": \"LATE_REPORT\", \"post\": \"jaktim\", \"as\": \"admin\"},"
                + "{\"after\": \"00:05\", \"type\": \"LATE_REPORT\", \"post\": \"JAKUT\", \"as\": \"admin\"}]}");
        assertThat(check.ok()).isTrue();
        assertThat(check.scenario().injects()).extracting(Inject::number).containsExactly(2, 1);
        assertThat(check.scenario().injects().get(1).post()).isEqualTo("JAKTIM");
        assertThat(check.scenario().length()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_file_that_is_not_a_scenario_is_refused_with_one_clear_reason() {
        assertThat(parse("bukan json").problems())
                .extracting(ScenarioProblem::key)
                .containsExactly("exercise.scenario.notJson");
        assertThat(parse("[1, 2]").problems())
                .extracting(ScenarioProblem::key)
                .containsExactly("exercise.scenario.notObject");
        assertThat(parser.parse(new byte[0]).problems())
                .extracting(ScenarioProblem::key)
                .containsExactly("exercise.scenario.size");
        assertThat(parser.parse(new byte[ScenarioParser.MAX_BYTES + 1]).problems())
                .extracting(ScenarioProblem::key)
                .containsExactly("exercise.scenario.size");
        assertThat(parse("{\"name\": \"Uji\", \"injects\": []}").problems())
                .extracting(ScenarioProblem::key)
                .containsExactly("exercise.scenario.injects");
    }

    @Test
    void every_bad_inject_is_reported_with_its_number_and_nothing_is_accepted() {
        ScenarioCheck check = parse("{\"name\": \"\", \"extra\": 1, \"injects\": ["
                + "{\"after\": \"99:99\", \"type\": \"LATE_REPORT\", \"post\": \"JAKUT\", \"as\": \"admin\"},"
                + "{\"after\": \"00:10\", \"type\": \"BANJIR\", \"post\": \"JAKUT\", \"as\": \"admin\"},"
                + "{\"after\": \"00:10\", \"type\": \"ISSUE\", \"post\": \"BOGOR\", \"as\": \"tamu\", \"category\": \"X\"},"
                + "{\"after\": \"25:00:00\", \"type\": \"ALERT\", \"post\": \"JAKPUS\", \"as\": \"ketua.jakpus\", \"level\": \"MERAH\"},"
                + "{\"after\": \"-00:10\", \"type\": \"ABSENCE\", \"post\": \"JAKBAR\", \"as\": \"ketua.jakbar\", \"title\": \"x\"}"
                + "]}");
        assertThat(check.ok()).isFalse();
        assertThat(check.scenario()).isNull();
        assertThat(check.problems())
                .extracting(p -> p.inject() + ":" + p.key())
                .contains(
                        "0:exercise.scenario.name",
                        "0:exercise.scenario.unknownField",
                        "1:exercise.inject.after",
                        "2:exercise.inject.type",
                        "3:exercise.inject.post",
                        "3:exercise.inject.as",
                        "3:exercise.inject.title",
                        "3:exercise.inject.category",
                        "4:exercise.inject.after",
                        "4:exercise.inject.level",
                        "4:exercise.inject.reason",
                        "5:exercise.inject.after",
                        "5:exercise.inject.unknownField");
    }

    @Test
    void over_long_texts_are_refused_not_cut() {
        String longNote = "x".repeat(ScenarioParser.MAX_TEXT + 1);
        ScenarioCheck check = parse(one("{\"after\": \"00:01\", \"type\": \"DEVICE_DOWN\", \"post\": \"JAKSEL\","
                + " \"as\": \"ketua.jaksel\", \"note\": \"" + longNote + "\"}"));
        assertThat(check.problems()).extracting(ScenarioProblem::key).containsExactly("exercise.inject.tooLong");
    }

    @Test
    void offsets_are_minutes_and_seconds_or_hours_minutes_and_seconds() {
        assertThat(ScenarioParser.offset("00:00")).isEqualTo(Duration.ZERO);
        assertThat(ScenarioParser.offset("90:30"))
                .isEqualTo(Duration.ofMinutes(90).plusSeconds(30));
        assertThat(ScenarioParser.offset("2:05:00"))
                .isEqualTo(Duration.ofHours(2).plusMinutes(5));
        assertThat(ScenarioParser.offset("24:00:00")).isEqualTo(Duration.ofHours(24));
        assertThat(ScenarioParser.offset("24:00:01")).isNull();
        assertThat(ScenarioParser.offset("1:60:00")).isNull();
        assertThat(ScenarioParser.offset("10")).isNull();
        assertThat(ScenarioParser.offset(null)).isNull();
    }
}
