package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;

/**
 * The wall as one web component: the server sets its {@code model} property to the shared JSON
 * picture, then hands it the shared change from each picture to the next ({@code applyPatch}, see
 * {@code WallPatch}); tiles, map, strip, charts, CCTV and the playlist are drawn in the browser.
 */
@Tag("desk-wall")
@JsModule("./desk-wall.js")
class WallElement extends Component {

    /** The viewer clicked a post's tile or wilayah. */
    @DomEvent("desk-post-selected")
    public static class PostSelected extends ComponentEvent<WallElement> {

        private final String code;

        public PostSelected(WallElement source, boolean fromClient, @EventData("event.detail.code") String code) {
            super(source, fromClient);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    /**
     * The screen holds another picture than the patch it was sent applies to (after a lost message
     * or a resynchronisation): it needs the whole current picture.
     */
    @DomEvent("desk-wall-behind")
    public static class Behind extends ComponentEvent<WallElement> {

        public Behind(WallElement source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** Sets the picture; the same string instance is given to every screen on this node. */
    void setModel(String json) {
        getElement().setProperty("model", json);
    }

    /** The screen's own panels in order (kinds); empty: the common playlist. */
    void setPanels(java.util.List<id.go.jakarta.deskpilkada.situation.WallPanelKind> panels) {
        getElement().setProperty("panels", panelsJson(panels));
    }

    /** The panels as desk-wall reads them: a JSON array of their kinds' names. */
    static String panelsJson(java.util.List<id.go.jakarta.deskpilkada.situation.WallPanelKind> panels) {
        return panels.stream()
                .map(k -> "\"" + k.name() + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    String getPanels() {
        return getElement().getProperty("panels", "");
    }

    String getModel() {
        return getElement().getProperty("model", "");
    }

    /**
     * Sends the change from the screen's picture to the next; the same instance for every screen.
     * A call, not a property: two patches queued before one push must both arrive, in order (a
     * property would carry only the last), and a resynchronisation must not replay an old one.
     * A JSON node, not a string: Vaadin writes a node into the message as it is, a string escaped.
     */
    void applyPatch(JsonNode patch) {
        getElement().callJsFunction(APPLY_PATCH, patch);
    }

    static final String APPLY_PATCH = "applyPatch";

    Registration onBehind(com.vaadin.flow.component.ComponentEventListener<Behind> listener) {
        return addListener(Behind.class, listener);
    }

    Registration onPostSelected(com.vaadin.flow.component.ComponentEventListener<PostSelected> listener) {
        return addListener(PostSelected.class, listener);
    }
}
