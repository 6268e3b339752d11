package id.go.jakarta.deskpilkada.situation.picture;

import id.go.jakarta.deskpilkada.situation.WallPictures;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Turns each picture's models into what the screens are sent: the whole picture as one JSON text
 * per language, and the patch from the picture before ({@link WallPatch}) when it is worth having.
 * Keeps the previous picture's trees for that, so it is called by one builder at a time.
 */
public final class WallEncoder {

    private final ObjectWriter json;
    private final JsonMapper trees;
    /** The previous picture per language as a tree, to compute the next patch. */
    private final Map<String, JsonNode> previousTrees = new HashMap<>();

    public WallEncoder(JsonMapper json) {
        // Only ASCII (any other character escaped, which the wall's JSON.parse reads back):
        // one en dash would otherwise store the picture, and every screen's copy in its last push
        // message, as two bytes per character instead of one.
        this.json = json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
        this.trees = json;
    }

    /** The picture numbered {@code sequence}; {@code previous} is the one before it (null at first). */
    public WallPictures encode(
            Map<Locale, WallJson.Model> models,
            long sequence,
            Instant builtAt,
            @Nullable WallPictures previous,
            @Nullable Instant newest,
            @Nullable Instant oldest) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Map<String, JsonNode> patches = new LinkedHashMap<>();
        models.forEach((language, model) -> {
            JsonNode tree = trees.valueToTree(model);
            String full = json.writeValueAsString(tree);
            byLanguage.put(language.getLanguage(), full);
            JsonNode before = previousTrees.put(language.getLanguage(), tree);
            ObjectNode patch = before == null || previous == null
                    ? null
                    : WallPatch.between(before, previous.sequence(), tree, sequence);
            if (patch != null) {
                String text = json.writeValueAsString(patch);
                // A patch longer than half the picture saves too little to be worth a second path.
                if (text.length() * 2 < full.length()) {
                    patches.put(language.getLanguage(), JsonNodeFactory.instance.rawValueNode(new RawValue(text)));
                }
            }
        });
        return new WallPictures(Map.copyOf(byLanguage), Map.copyOf(patches), builtAt, sequence, newest, oldest);
    }
}
