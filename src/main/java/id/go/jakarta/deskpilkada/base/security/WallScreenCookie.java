package id.go.jakarta.deskpilkada.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A paired wall screen keeps its device token in a long-lived HttpOnly cookie. Whenever the screen
 * arrives without a signed-in session (first visit, server restart, another node after a failover)
 * the cookie signs it in again as LAYAR, with a session that does not time out, so a wall never
 * shows a login form. A revoked or unknown token is removed from the browser.
 */
public final class WallScreenCookie extends OncePerRequestFilter {

    public static final String NAME = "desk-layar";
    /** Browsers cap cookie lifetime at 400 days. */
    public static final Duration LIFETIME = Duration.ofDays(400);
    /** A wall's session outlives any idle time (walls have no user activity). */
    public static final Duration SESSION_IDLE = Duration.ofDays(30);

    private final List<TokenAuthenticator> screens;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    WallScreenCookie(List<TokenAuthenticator> authenticators) {
        this.screens = authenticators.stream()
                .filter(a -> a.kind() == TokenAuthenticator.Kind.WALL_SCREEN)
                .toList();
    }

    /** The cookie that pairs this browser with its screen token. */
    public static Cookie pairing(String token, boolean secure) {
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    public static boolean isPresent(HttpServletRequest request) {
        return token(request).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = token(request);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = current != null && current.getPrincipal() instanceof DeskUser;
        if (token.isPresent() && !signedIn) {
            Optional<DeskUser> screen = screens.stream()
                    // A screen of any desk: looked up across desks, it then shows its own desk.
                    .map(a -> CurrentActor.acrossDesks(() -> a.authenticate(token.get())))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (screen.isPresent()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        screen.get(), null, screen.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // a new identity gets a new session id
                }
                request.getSession(true).setMaxInactiveInterval((int) SESSION_IDLE.toSeconds());
                sessions.saveContext(context, request, response);
            } else {
                Cookie gone = pairing("", request.isSecure());
                gone.setMaxAge(0);
                response.addCookie(gone);
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> !v.isBlank())
                .findFirst();
    }
}
