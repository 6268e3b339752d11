package id.go.jakarta.deskpilkada.base.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries, on every filter chain (screens, API, API description), on top
 * of Spring Security's defaults ({@code X-Content-Type-Options: nosniff}, no caching of pages):
 * <ul>
 * <li>a Content-Security-Policy: for the screens what Vaadin needs (its bootstrap has inline
 * script and its client evaluates the server's JavaScript calls), images only from the application
 * itself, data URLs (QR codes) and blobs: no camera or other host is ever loaded by a browser (the
 * wall's CCTV snapshots come through the application, {@code /kamera/<id>}, so a wall served over
 * https has no mixed content); for JSON nothing at all;</li>
 * <li>no framing by other sites ({@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY});</li>
 * <li>{@code Referrer-Policy: same-origin}: an address like {@code /permasalahan/123} never reaches
 * another host;</li>
 * <li>HSTS for a year, sent only on requests that arrived over TLS (behind the proxy:
 * {@code X-Forwarded-Proto: https}, see {@code server.forward-headers-strategy}).</li>
 * </ul>
 * A controller that sets its own policy (an attachment's sandbox) keeps it.
 */
public final class SecurityHeaders {

    /** The screens (Vaadin). */
    public static final String SCREENS = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** JSON answers: nothing to load, nothing to frame. */
    public static final String NO_CONTENT = "default-src 'none'; frame-ancestors 'none'";

    static final long HSTS_SECONDS = 365L * 24 * 3600;

    private SecurityHeaders() {}

    public static void apply(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true)));
    }
}
