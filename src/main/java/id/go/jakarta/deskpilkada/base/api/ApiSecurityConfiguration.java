package id.go.jakarta.deskpilkada.base.api;

import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.SecurityHeaders;
import id.go.jakarta.deskpilkada.base.security.TokenAuthenticator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /api/**}: stateless, no sessions or cookies, CSRF not applicable; every request carries
 * {@code Authorization: Bearer <token>} of an integration client. Refusals are problem+json.
 * Bodies over 64 KiB are refused before anything reads them ({@link RequestBodyLimit}), and a node
 * works on a bounded number of API requests at once ({@link ApiConcurrencyLimit}). This chain
 * is ordered before Vaadin's, which handles everything else.
 *
 * <p>The OpenAPI description ({@code /v3/api-docs}) is public: it holds no data, only what the
 * endpoints accept and answer, and an integration partner needs it before holding a token; a
 * token client has no session, so "signed-in only" would shut out exactly its readers.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            List<TokenAuthenticator> authenticators,
            Problems problems,
            @Value("${desk.api.max-concurrent:8}") int maxConcurrent,
            @Value("${desk.api.max-wait:2s}") Duration maxWait)
            throws Exception {
        List<TokenAuthenticator> apiClients = authenticators.stream()
                .filter(a -> a.kind() == TokenAuthenticator.Kind.API_CLIENT)
                .toList();
        SecurityHeaders.apply(http, SecurityHeaders.NO_CONTENT);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(
                        new ApiConcurrencyLimit(maxConcurrent, maxWait, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new RequestBodyLimit(problems), ApiConcurrencyLimit.class)
                .addFilterAfter(new BearerTokens(apiClients), RequestBodyLimit.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("INTEGRASI"))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) ->
                                problems.write(req, res, HttpStatus.UNAUTHORIZED, "api.token.missing"))
                        .accessDeniedHandler(
                                (req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN, "error.forbidden")));
        return http.build();
    }

    /** The API description: read-only, stateless, open to anyone (see the class comment). */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        String[] docs = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};
        SecurityHeaders.apply(http, SecurityHeaders.NO_CONTENT);
        http.securityMatcher(docs)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, docs)
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    /** Reads the bearer token and signs the request in as its client, if valid and not revoked. */
    static final class BearerTokens extends OncePerRequestFilter {

        private final List<TokenAuthenticator> authenticators;

        BearerTokens(List<TokenAuthenticator> authenticators) {
            this.authenticators = authenticators;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = header.substring(7).strip();
                Optional<DeskUser> user = authenticate(token);
                user.ifPresent(u -> SecurityContextHolder.getContext()
                        .setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities())));
            }
            chain.doFilter(request, response);
        }

        private Optional<DeskUser> authenticate(String token) {
            return authenticators.stream()
                    // A client of any desk: its token is looked up across desks, then it acts in its own.
                    .map(a -> CurrentActor.acrossDesks(() -> a.authenticate(token)))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
    }
}
