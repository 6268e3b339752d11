package id.go.jakarta.deskpilkada.posko.internal;

import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.posko.PoskoUserSignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns a sign-in of a post's chief or officer into activity of that post. */
@Service
class PoskoSignIns {

    private final ApplicationEventPublisher events;

    PoskoSignIns(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof DeskUser user
                && user.actor().poskoId() != null) {
            events.publishEvent(new PoskoUserSignedIn(user.actor().poskoId()));
        }
    }
}
