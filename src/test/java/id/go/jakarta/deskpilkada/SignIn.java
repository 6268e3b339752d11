package id.go.jakarta.deskpilkada;

import id.go.jakarta.deskpilkada.base.security.DeskUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo account in on the current thread, the way the login form would. */
public final class SignIn {

    private SignIn() {}

    public static DeskUser as(ApplicationContext context, String username) {
        DeskUser user = (DeskUser) context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /** An officer's own account (role PETUGAS), linked to the given officer record. */
    public static DeskUser asOfficer(long poskoId, long officerId) {
        DeskUser user = new DeskUser(
                new id.go.jakarta.deskpilkada.base.security.Actor(
                        "petugas.uji." + officerId,
                        "Petugas uji",
                        id.go.jakarta.deskpilkada.base.security.Role.PETUGAS,
                        poskoId,
                        null,
                        officerId,
                        false,
                        null),
                "{noop}-",
                true,
                false);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
