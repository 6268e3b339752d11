package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * The wall as one web component: the server only sets its {@code model} property to the shared
 * JSON picture; tiles, map, strip, charts, CCTV and the playlist are drawn in the browser.
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

    /** Sets the picture; the same string instance is given to every screen on this node. */
    void setModel(String json) {
        getElement().setProperty("model", json);
    }

    String getModel() {
        return getElement().getProperty("model", "");
    }

    Registration onPostSelected(com.vaadin.flow.component.ComponentEventListener<PostSelected> listener) {
        return addListener(PostSelected.class, listener);
    }
}
