package id.go.jakarta.deskpilkada.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskLevel;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundles stay in step with each other and with the keys the code uses. */
class MessagesTests {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate\\(ui,|invalid|forbidden|notFound|conflict)\\(?\\s*\"([a-zA-Z][a-zA-Z0-9_.]*[a-zA-Z0-9_])\"|title = \"([a-z][a-zA-Z.]+)\"");

    @Test
    void indonesian_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load("i18n/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("i18n/messages.properties").stringPropertyNames());
    }

    @Test
    void every_pattern_parses_and_both_languages_use_the_same_placeholders() throws IOException {
        Properties id = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        Pattern placeholder = Pattern.compile("\\{(\\d+)[^}]*}");
        for (String key : id.stringPropertyNames()) {
            for (Properties bundle : List.of(id, en)) {
                String pattern = bundle.getProperty(key);
                assertThat(pattern).as(key).doesNotContain("'");
                new java.text.MessageFormat(pattern);
            }
            assertThat(placeholders(placeholder, en.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(placeholder, id.getProperty(key)));
        }
    }

    private static Set<String> placeholders(Pattern placeholder, String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = placeholder.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void every_key_the_code_uses_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(load("i18n/messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_enum_label_exists_in_both_languages() throws IOException {
        List<String> keys = new ArrayList<>();
        Arrays.stream(Role.values()).map(Role::labelKey).forEach(keys::add);
        Arrays.stream(AlertLevel.values()).map(AlertLevel::labelKey).forEach(keys::add);
        Arrays.stream(PostRole.values()).map(PostRole::labelKey).forEach(keys::add);
        Arrays.stream(DeskLevel.values()).map(DeskLevel::labelKey).forEach(keys::add);
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties messages = load(bundle);
            assertThat(keys)
                    .allSatisfy(k -> assertThat(messages.getProperty(k))
                            .as(bundle + " " + k)
                            .isNotBlank());
        }
    }

    @Test
    void messages_are_indonesian_unless_english_is_asked_for() {
        Messages messages = new Messages();
        assertThat(messages.getTranslation("nav.logout", Locale.forLanguageTag("id")))
                .isEqualTo("Keluar");
        assertThat(messages.getTranslation("nav.logout", Locale.ENGLISH)).isEqualTo("Sign out");
        assertThat(messages.getTranslation("nav.logout", Locale.FRENCH)).isEqualTo("Keluar");
        assertThat(messages.getTranslation("posko.alert.reason.tooLong", Locale.ENGLISH, 500))
                .isEqualTo("The reason is too long: 500 characters at most.");
        assertThat(messages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
