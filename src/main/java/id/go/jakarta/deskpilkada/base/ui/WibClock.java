package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** The current time in WIB, ticking in the browser (no server round trip per second). */
@Tag("desk-clock")
@JsModule("./desk-clock.js")
public class WibClock extends Component {

    public WibClock(String language) {
        getElement().setAttribute("lang", language);
    }
}
