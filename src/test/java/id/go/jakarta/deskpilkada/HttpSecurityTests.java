package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.InitialPassword;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.security.WallScreenCookie;
import id.go.jakarta.deskpilkada.situation.PairedScreen;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP side of security: what anonymous clients get, health details, revocation, throttling. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HttpSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountGuard guard;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    WallScreenService screens;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout}")
    java.time.Duration sessionTimeout;

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/tidak/ada")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void region_maps_are_served_only_to_signed_in_clients_compressed_and_revalidated_by_etag() throws Exception {
        MockHttpServletResponse anonymous =
                mvc.perform(get("/peta/31.json")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");

        MockHttpServletResponse map = mvc.perform(get("/peta/31.json")
                        .header("Accept-Encoding", "gzip")
                        .with(user("peta").roles("PIMPINAN")))
                .andReturn()
                .getResponse();
        assertThat(map.getStatus()).isEqualTo(200);
        assertThat(map.getContentType()).startsWith("application/json");
        assertThat(map.getHeader("Content-Encoding")).isEqualTo("gzip");
        try (var in =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(map.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith("{\"type\":\"FeatureCollection\"")
                    .contains("\"31.71\"", "\"31.01\"");
        }
        String etag = map.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.perform(get("/peta/31.json")
                                .header("If-None-Match", etag)
                                .with(user("peta").roles("PIMPINAN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
        assertThat(mvc.perform(get("/peta/99.json").with(user("peta").roles("PIMPINAN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void a_camera_snapshot_is_refused_to_an_anonymous_client_like_every_screen() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/kamera/1?_desk=1").header("Accept", "image/*"))
                .andReturn()
                .getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(anonymous.getContentAsByteArray()).isEmpty();
    }

    @Test
    void the_about_page_with_the_data_notices_opens_without_signing_in() {
        var anonymous = new AnonymousAuthenticationToken(
                "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(privileges.isAllowed("/tentang", anonymous)).isTrue();
        assertThat(privileges.isAllowed("/permasalahan", anonymous)).isFalse();
    }

    @Test
    void the_api_description_is_public_read_only_sessionless_and_covers_only_the_api() throws Exception {
        var result = mvc.perform(get("/v3/api-docs")).andReturn();
        MockHttpServletResponse docs = result.getResponse();
        assertThat(docs.getStatus()).isEqualTo(200);
        assertThat(docs.getContentAsString())
                .contains("\"/api/v1/issues\"", "Idempotency-Key", "\"bearer\"")
                .doesNotContain("\"/login\"", "/lampiran", "/actuator");
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/v3/api-docs"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // Opening the description opens nothing else: the API and the screens still need their sign-in.
        assertThat(mvc.perform(get("/api/v1/issues")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void anyone_sees_readiness_by_part_but_only_an_admin_sees_the_members() throws Exception {
        String anonymous = mvc.perform(get("/actuator/health/readiness"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous)
                .contains("\"status\":\"UP\"", "\"db\"", "\"hazelcast\"", "\"cluster\"")
                .doesNotContain("membersSeen", "127.0.0.1");

        String admin = mvc.perform(
                        get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(admin).contains("\"membersSeen\":1", "\"database\"");
        assertThat(mvc.perform(get("/actuator/health/liveness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void other_actuator_endpoints_are_not_open() throws Exception {
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/configprops")) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void a_session_signed_in_before_its_account_was_disabled_is_signed_out_at_its_next_request() throws Exception {
        String username = "dicabut." + Long.toString(System.nanoTime(), 36);
        AccountInfo account = CurrentActor.asSystem(() ->
                accounts.create(new NewAccount(username, "Akun Dicabut", Role.ADMIN, null, null), "KataSandiPanjang1"));
        DeskUser signedIn = (DeskUser) accounts.loadUserByUsername(username);
        var token = UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
        MockHttpSession session = new MockHttpSession();
        // Signed in as an ADMIN, the session sees the health details.
        assertThat(readiness(session, token)).contains("membersSeen");

        CurrentActor.asSystem(() -> accounts.setEnabled(account.id(), false, account.version()));

        assertThat(guard.isRevoked(signedIn)).isTrue();
        assertThat(readiness(session, token)).doesNotContain("membersSeen");
        assertThat(session.isInvalid()).isTrue();
    }

    private String readiness(MockHttpSession session, UsernamePasswordAuthenticationToken token) throws Exception {
        return mvc.perform(get("/actuator/health/readiness").session(session).with(authentication(token)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        String username = "terkunci." + Long.toString(System.nanoTime(), 36);
        CurrentActor.asSystem(() -> accounts.create(
                new NewAccount(username, "Akun Terkunci", Role.BAKESBANGPOL, null, null), "KataSandiPanjang1"));
        assertThat(login(username, "KataSandiPanjang1")).doesNotContain("error");

        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "salah-" + i)).endsWith("/login?error");
        }
        assertThat(login(username, "KataSandiPanjang1")).endsWith("/login?error");
        assertThat(guard.isLocked(username)).isTrue();
    }

    @Test
    void a_paired_screens_cookie_signs_it_in_as_layar_with_a_session_that_does_not_idle_out() throws Exception {
        PairedScreen paired = CurrentActor.asSystem(() -> screens.pair("Layar HTTP " + System.nanoTime()));
        var result = mvc.perform(
                        get("/actuator/health/liveness").cookie(new Cookie(WallScreenCookie.NAME, paired.token())))
                .andReturn();
        var request = result.getRequest();
        var context = (org.springframework.security.core.context.SecurityContext)
                request.getSession().getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(((DeskUser) context.getAuthentication().getPrincipal())
                        .actor()
                        .role())
                .isEqualTo(Role.LAYAR);
        assertThat(request.getSession().getMaxInactiveInterval()).isEqualTo(30 * 24 * 3600);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void a_revoked_screens_cookie_signs_nothing_in_and_is_removed() throws Exception {
        PairedScreen paired = CurrentActor.asSystem(() -> screens.pair("Layar Cabut " + System.nanoTime()));
        CurrentActor.asSystem(() -> screens.revoke(paired.screen().id()));
        var result = mvc.perform(get("/").cookie(new Cookie(WallScreenCookie.NAME, paired.token())))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        Cookie removed = result.getResponse().getCookie(WallScreenCookie.NAME);
        assertThat(removed).isNotNull();
        assertThat(removed.getMaxAge()).isZero();
        assertThat(removed.isHttpOnly()).isTrue();
    }

    @Test
    void an_unknown_username_is_answered_exactly_like_a_wrong_password_also_once_it_is_locked() throws Exception {
        String unknown = "tidak.ada." + Long.toString(System.nanoTime(), 36);
        String known = "dikenal." + Long.toString(System.nanoTime(), 36);
        CurrentActor.asSystem(() -> accounts.create(
                new NewAccount(known, "Akun Dikenal", Role.BAKESBANGPOL, null, null), "KataSandiPanjang1"));
        for (int i = 0; i < 6; i++) {
            assertThat(login(unknown, "salah-" + i))
                    .isEqualTo(login(known, "salah-" + i))
                    .endsWith("/login?error");
        }
        // Both names count as locked: the lock does not tell which accounts exist.
        assertThat(guard.isLocked(unknown)).isTrue();
        assertThat(guard.isLocked(known)).isTrue();
    }

    @Test
    void every_answer_carries_the_security_headers_and_hsts_only_over_tls() throws Exception {
        PairedScreen paired = CurrentActor.asSystem(() -> screens.pair("Layar Header " + System.nanoTime()));
        List<MockHttpServletResponse> answers = List.of(
                mvc.perform(get("/")).andReturn().getResponse(),
                mvc.perform(get("/actuator/health/liveness").cookie(new Cookie(WallScreenCookie.NAME, paired.token())))
                        .andReturn()
                        .getResponse(),
                mvc.perform(get("/actuator/health")).andReturn().getResponse(),
                mvc.perform(get("/api/v1/issues")).andReturn().getResponse(),
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse());
        for (MockHttpServletResponse answer : answers) {
            assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.getHeader("Content-Security-Policy"))
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("*");
            assertThat(answer.getHeader("Strict-Transport-Security")).isNull();
        }
        // The screens may run Vaadin's client; images come only from the application (camera
        // snapshots too, through /kamera), never from an http: host; JSON may load nothing.
        assertThat(answers.getFirst().getHeader("Content-Security-Policy"))
                .contains(
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "img-src 'self' data: blob:;",
                        "object-src 'none'")
                .doesNotContain("http:", "https:");
        assertThat(answers.get(3).getHeader("Content-Security-Policy")).startsWith("default-src 'none'");

        MockHttpServletResponse overTls =
                mvc.perform(get("/").secure(true)).andReturn().getResponse();
        assertThat(overTls.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        MockHttpServletResponse proxied =
                mvc.perform(get("/api/v1/issues").secure(true)).andReturn().getResponse();
        assertThat(proxied.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
    }

    @Test
    void a_persons_session_times_out_after_thirty_idle_minutes() throws Exception {
        var result = mvc.perform(formLogin("/login").user("bakesbangpol").password("Pilkada2017!"))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(sessionTimeout).isEqualTo(java.time.Duration.ofMinutes(30));
    }

    @Test
    void a_session_signed_in_with_a_one_time_password_opens_only_the_password_screen_and_never_the_api()
            throws Exception {
        String username = "sandiawal." + Long.toString(System.nanoTime(), 36);
        InitialPassword initial = CurrentActor.asSystem(
                () -> accounts.create(new NewAccount(username, "Akun Sandi Awal", Role.PIMPINAN, null, null)));
        var signedIn = mvc.perform(formLogin("/login").user(username).password(initial.password()))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();

        MockHttpServletResponse attachment = mvc.perform(get("/lampiran/999999").session(session))
                .andReturn()
                .getResponse();
        assertThat(attachment.getStatus()).isEqualTo(302);
        assertThat(attachment.getRedirectedUrl()).isEqualTo("/sandi");
        MockHttpServletResponse api =
                mvc.perform(get("/api/v1/issues").session(session)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(401);
        assertThat(api.getContentType()).startsWith("application/problem+json");

        SignIn.as(context, username);
        accounts.changeOwnPassword(initial.password(), "SandiSendiri2026", "SandiSendiri2026");
        SignIn.out();
        var again = mvc.perform(formLogin("/login").user(username).password("SandiSendiri2026"))
                .andReturn();
        MockHttpSession own = (MockHttpSession) again.getRequest().getSession(false);
        assertThat(mvc.perform(get("/lampiran/999999").session(own))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("with his own password the address is answered as for anyone")
                .isEqualTo(404);
        assertThat(login(username, initial.password())).endsWith("/login?error");
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
