package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.ui.ErrorView;
import org.springframework.stereotype.Component;

/**
 * While the signed-in person has to replace a one-time password, every screen he opens leads to
 * {@link ChangePasswordView} instead (signing out still works). Addresses outside the screens are
 * held back by the security configuration, and the API takes no session at all. An internal error
 * is still shown as one, so that a failing password screen cannot send him round in a circle.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(PasswordChangeGate::beforeEnter));
    }

    static void beforeEnter(BeforeEnterEvent event) {
        if (CurrentActor.passwordChangeDue()
                && event.getNavigationTarget() != ChangePasswordView.class
                && event.getNavigationTarget() != ErrorView.class
                && !"login".equals(event.getLocation().getPath())) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
