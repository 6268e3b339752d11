package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A screen that fails while opening (test sources only), to see what the user gets instead. */
@Route("uji/gagal")
@PermitAll
public class FailingTestView extends Div {

    public FailingTestView() {
        throw new IllegalStateException("internal detail that must not reach the user: jdbc:h2:secret");
    }
}
