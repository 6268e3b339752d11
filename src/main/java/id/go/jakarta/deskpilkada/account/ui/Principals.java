package id.go.jakarta.deskpilkada.account.ui;

import com.vaadin.flow.server.VaadinSession;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The signed-in person's principal in this session: read, and replaced (a new password, another desk). */
final class Principals {

    private Principals() {}

    static @Nullable DeskUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof DeskUser user ? user : null;
    }

    /** Makes {@code user} the session's principal, for this request and the next ones. */
    static void install(DeskUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
