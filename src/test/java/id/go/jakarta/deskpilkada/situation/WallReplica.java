package id.go.jakarta.deskpilkada.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a wall screen holds, kept the way {@code desk-wall.js} keeps it: a whole picture, then each
 * patch applied to the picture it was made for; a patch for another picture leaves the screen
 * {@link #behind()} (the browser then asks for the whole picture). Used by the tests and the load
 * client (which compiles it with Jackson only, so nothing else may be used here).
 */
public final class WallReplica {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ObjectNode picture;
    private final List<JsonNode> waiting = new ArrayList<>();
    private boolean behind;

    /** Takes a whole picture, unless it is older than the one held. */
    public void model(String json) {
        ObjectNode model = (ObjectNode) JSON.readTree(json);
        if (picture != null && sequence(model) < sequence(picture)) {
            return;
        }
        picture = model;
        waiting.removeIf(p -> p.get("seq").asLong() <= sequence(model));
        follow();
    }

    /** Takes a patch: applied when it is for the picture held, else kept until the end of the message. */
    public void patch(String json) {
        JsonNode patch = JSON.readTree(json);
        if (picture != null && patch.get("seq").asLong() <= sequence(picture)) {
            return;
        }
        waiting.add(patch);
        follow();
    }

    /**
     * The end of a message: a patch still waiting means the screen holds another picture. True if
     * this message left the screen so.
     */
    public boolean endOfMessage() {
        if (waiting.isEmpty()) {
            return false;
        }
        waiting.clear();
        behind = true;
        return true;
    }

    /** Whether a patch came for another picture than the one held (cleared by the next whole picture). */
    public boolean behind() {
        return behind;
    }

    public JsonNode picture() {
        return picture;
    }

    public long sequence() {
        return picture == null ? 0 : sequence(picture);
    }

    private void follow() {
        boolean moved = true;
        while (picture != null && moved) {
            moved = false;
            for (JsonNode patch : waiting) {
                if (patch.get("base").asLong() == sequence(picture)) {
                    apply(patch);
                    long seq = patch.get("seq").asLong();
                    waiting.removeIf(p -> p.get("seq").asLong() <= seq);
                    moved = true;
                    break;
                }
            }
        }
        if (waiting.isEmpty()) {
            behind = false;
        }
    }

    private void apply(JsonNode patch) {
        for (Map.Entry<String, JsonNode> entry : patch.get("set").properties()) {
            picture.set(entry.getKey(), entry.getValue());
        }
        for (JsonNode op : patch.get("ops")) {
            JsonNode path = op.get(0);
            JsonNode parent = picture.get(path.get(0).asString());
            if (parent instanceof ArrayNode array) {
                array.set(path.get(1).asInt(), op.get(1));
            } else {
                ((ObjectNode) parent).set(path.get(1).asString(), op.get(1));
            }
        }
        // "sequence" is in "set": it changes from every picture to the next.
    }

    private static long sequence(JsonNode picture) {
        return picture.get("sequence").asLong();
    }
}
