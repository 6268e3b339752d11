package id.go.jakarta.deskpilkada.setup.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.setup.SetupService;
import org.springframework.stereotype.Component;

/**
 * Leads an ADMIN who opens the desk's home to the setup checklist while the desk is not usable yet
 * (no active election, calendar, posts, chiefs or shifts): on a fresh production database the first
 * sign-in lands where the work is.
 */
@Component
class SetupLanding implements VaadinServiceInitListener {

    private final SetupService setup;

    SetupLanding(SetupService setup) {
        this.setup = setup;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    if (enter.getLocation().getPath().isEmpty()
                            && CurrentActor.find()
                                    .filter(a -> a.is(Role.ADMIN) && !a.system())
                                    .isPresent()
                            && !setup.usable()) {
                        enter.forwardTo(SetupView.class);
                    }
                }));
    }
}
