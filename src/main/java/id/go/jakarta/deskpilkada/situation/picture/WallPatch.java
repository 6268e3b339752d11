package id.go.jakarta.deskpilkada.situation.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed between two pictures, for a screen that holds the older one. The whole picture
 * (some 16 KB) for each change would make the per-screen push (Vaadin writes each screen's message
 * as JSON, escaping the picture string again) the largest cost of a node with many walls, while a
 * device status or an issue touches one or two posts.
 *
 * <p>The patch, as the wall's web component applies it:
 * <pre>{"base": 41, "seq": 42, "set": {"generatedAt": …, "newestEventAt": …}, "ops": [[["posts", 3], {…}]]}</pre>
 * {@code base} is the sequence of the picture it applies to (the screen asks for the whole picture
 * when it holds another one), {@code set} the changed top-level values, {@code ops} the changed
 * values one level down (a post of {@code posts}, a chart of {@code charts}) as path and new value.
 * A path never goes deeper, so each changed post travels whole (its code with it), and an array
 * that changed its length is replaced whole.
 */
public final class WallPatch {

    private WallPatch() {}

    /**
     * The patch from {@code before} (sequence {@code base}) to {@code after} (sequence
     * {@code seq}), or null when the pictures are not of the same shape at the top.
     */
    public static @Nullable ObjectNode between(JsonNode before, long base, JsonNode after, long seq) {
        if (!before.isObject() || !after.isObject() || !sameKeys(before, after)) {
            return null;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode set = nodes.objectNode();
        ArrayNode ops = nodes.arrayNode();
        for (Map.Entry<String, JsonNode> entry : after.properties()) {
            String key = entry.getKey();
            JsonNode was = before.get(key);
            JsonNode now = entry.getValue();
            if (was.equals(now)) {
                continue;
            }
            if (now.isObject() && was.isObject() && sameKeys(was, now)) {
                for (Map.Entry<String, JsonNode> inner : now.properties()) {
                    if (!inner.getValue().equals(was.get(inner.getKey()))) {
                        ops.add(op(nodes, key, inner.getKey(), inner.getValue()));
                    }
                }
            } else if (now.isArray() && was.isArray() && now.size() == was.size()) {
                for (int i = 0; i < now.size(); i++) {
                    if (!now.get(i).equals(was.get(i))) {
                        ops.add(op(nodes, key, i, now.get(i)));
                    }
                }
            } else {
                set.set(key, now);
            }
        }
        ObjectNode patch = nodes.objectNode();
        patch.put("base", base);
        patch.put("seq", seq);
        patch.set("set", set);
        patch.set("ops", ops);
        return patch;
    }

    private static ArrayNode op(JsonNodeFactory nodes, String key, Object step, JsonNode value) {
        ArrayNode path = nodes.arrayNode().add(key);
        if (step instanceof Integer index) {
            path.add(index);
        } else {
            path.add((String) step);
        }
        return nodes.arrayNode().add(path).add(value);
    }

    private static boolean sameKeys(JsonNode a, JsonNode b) {
        List<String> left = new ArrayList<>(a.propertyNames());
        List<String> right = new ArrayList<>(b.propertyNames());
        return left.equals(right);
    }
}
