package id.go.jakarta.deskpilkada.base.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.go.jakarta.deskpilkada.base.security.ui.LoginView;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Vaadin's security configuration with the Indonesian login view. Health probes are open so a
 * load balancer or container runtime can ask them; everything else needs a signed-in user.
 * Views are guarded by Vaadin's navigation access control ({@code @RolesAllowed} on the route);
 * services check the actor themselves, so no Spring method security (it would proxy the views).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** See {@link #securityContextHolderStrategy()}. */
    private static final SecurityContextHolderStrategy ONE_PER_JVM = new VaadinAwareSecurityContextHolderStrategy();

    /**
     * Vaadin's session-aware strategy, one instance for the whole JVM. {@code SecurityContextHolder}
     * is static, and Vaadin would make a strategy per application context and install it there: a
     * second context in the same JVM (the two-node tests, the tests' separate contexts) would then
     * leave the first context's filters signing in on one holder while its services read another.
     * With one instance every context reads what its filters wrote; a single node is unchanged.
     */
    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return ONE_PER_JVM;
    }

    @Bean
    SecurityFilterChain vaadinSecurity(HttpSecurity http, AccountGuard guard, List<TokenAuthenticator> tokens)
            throws Exception {
        // Order after the session's context is loaded: a wall screen signs in by its cookie, then
        // any session whose account was revoked is ended.
        http.addFilterAfter(new WallScreenCookie(tokens), SecurityContextHolderFilter.class);
        http.addFilterAfter(new RevokedSessionFilter(guard), WallScreenCookie.class);
        SecurityHeaders.apply(http, SecurityHeaders.SCREENS);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/styles.css", "/images/**")
                .permitAll()
                .requestMatchers("/layar/pasang", "/tentang")
                .permitAll());
        // Unknown addresses go to Vaadin for signed-in users, which answers with the not-found
        // view instead of a bare 403 (Vaadin's default denies them before they reach it).
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).anyRequest(any -> any.authenticated()));
        return http.build();
    }

    /** bcrypt, with the {@code {bcrypt}} prefix so the algorithm can change later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
