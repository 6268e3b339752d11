package id.go.jakarta.deskpilkada.situation.picture;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.situation.WallReplica;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The change from one wall picture to the next, and a screen that follows it. */
class WallPatchTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private static final String BEFORE = """
            {"sequence":7,"generatedAt":"2026-11-30T01:00:00Z","newestEventAt":null,
             "posts":[{"code":"JAKPUS","alert":"NORMAL","issues":{"open":1}},
                      {"code":"JAKUT","alert":"NORMAL","issues":{"open":0}}],
             "charts":{"coverage":{"data":[1,2]},"perDay":{"data":[3,4]}},
             "ticker":[{"text":"a"}],"statement":null}""";

    @Test
    void a_change_to_one_post_travels_as_that_post_and_the_changed_top_values_only() {
        String after = """
                {"sequence":8,"generatedAt":"2026-11-30T01:00:01Z","newestEventAt":"2026-11-30T01:00:00.9Z",
                 "posts":[{"code":"JAKPUS","alert":"NORMAL","issues":{"open":1}},
                          {"code":"JAKUT","alert":"SIAGA","issues":{"open":0}}],
                 "charts":{"coverage":{"data":[1,2]},"perDay":{"data":[3,5]}},
                 "ticker":[{"text":"a"}],"statement":null}""";
        ObjectNode patch = WallPatch.between(tree(BEFORE), 7, tree(after), 8);

        assertThat(patch).isNotNull();
        assertThat(patch.get("base").asLong()).isEqualTo(7);
        assertThat(patch.get("seq").asLong()).isEqualTo(8);
        assertThat(patch.get("set").propertyNames()).containsExactly("sequence", "generatedAt", "newestEventAt");
        assertThat(patch.get("ops").toString())
                .isEqualTo("[[[\"posts\",1],{\"code\":\"JAKUT\",\"alert\":\"SIAGA\",\"issues\":{\"open\":0}}],"
                        + "[[\"charts\",\"perDay\"],{\"data\":[3,5]}]]");
        assertThat(followed(BEFORE, patch)).isEqualTo(tree(after));
    }

    @Test
    void a_list_that_changes_its_length_and_a_value_that_changes_its_kind_are_sent_whole() {
        String after = """
                {"sequence":8,"generatedAt":"2026-11-30T01:00:01Z","newestEventAt":null,
                 "posts":[{"code":"JAKPUS","alert":"NORMAL","issues":{"open":1}},
                          {"code":"JAKUT","alert":"NORMAL","issues":{"open":0}}],
                 "charts":{"coverage":{"data":[1,2]},"perDay":{"data":[3,4]}},
                 "ticker":[{"text":"b"},{"text":"a"}],"statement":{"title":"Siaran pers"}}""";
        ObjectNode patch = WallPatch.between(tree(BEFORE), 7, tree(after), 8);

        assertThat(patch.get("set").propertyNames()).containsExactly("sequence", "generatedAt", "ticker", "statement");
        assertThat(patch.get("ops").isEmpty()).isTrue();
        assertThat(followed(BEFORE, patch)).isEqualTo(tree(after));
    }

    @Test
    void pictures_of_another_shape_have_no_patch() {
        String other = """
                {"sequence":8,"generatedAt":"2026-11-30T01:00:01Z","posts":[]}""";
        assertThat(WallPatch.between(tree(BEFORE), 7, tree(other), 8)).isNull();
    }

    @Test
    void a_screen_holding_another_picture_ignores_the_patch_and_is_behind_until_a_whole_picture_comes() {
        String after = BEFORE.replace("\"sequence\":7", "\"sequence\":8").replace("\"open\":1", "\"open\":2");
        String later = BEFORE.replace("\"sequence\":7", "\"sequence\":9").replace("\"open\":1", "\"open\":3");
        ObjectNode patch = WallPatch.between(tree(after), 8, tree(later), 9);
        WallReplica screen = new WallReplica();
        screen.model(BEFORE);

        screen.patch(patch.toString());
        screen.endOfMessage();

        assertThat(screen.behind()).isTrue();
        assertThat(screen.sequence()).isEqualTo(7);
        screen.model(later);
        assertThat(screen.behind()).isFalse();
        assertThat(screen.picture()).isEqualTo(tree(later));
        // An older whole picture (a resynchronisation handing back the last one set) is ignored.
        screen.model(after);
        assertThat(screen.sequence()).isEqualTo(9);
    }

    @Test
    void two_patches_in_one_message_arrive_in_any_order_and_are_both_applied() {
        String second = BEFORE.replace("\"sequence\":7", "\"sequence\":8").replace("\"open\":1", "\"open\":2");
        String third = BEFORE.replace("\"sequence\":7", "\"sequence\":9").replace("\"open\":0", "\"open\":5");
        WallReplica screen = new WallReplica();
        screen.model(BEFORE);

        screen.patch(WallPatch.between(tree(second), 8, tree(third), 9).toString());
        screen.patch(WallPatch.between(tree(BEFORE), 7, tree(second), 8).toString());
        screen.endOfMessage();

        assertThat(screen.behind()).isFalse();
        assertThat(screen.picture()).isEqualTo(tree(third));
    }

    private JsonNode followed(String start, ObjectNode patch) {
        WallReplica screen = new WallReplica();
        screen.model(start);
        screen.patch(json.writeValueAsString(patch));
        screen.endOfMessage();
        assertThat(screen.behind()).isFalse();
        return screen.picture();
    }

    private JsonNode tree(String text) {
        return json.readTree(text);
    }
}
