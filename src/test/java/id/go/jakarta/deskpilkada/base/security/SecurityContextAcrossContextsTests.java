package id.go.jakarta.deskpilkada.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.go.jakarta.deskpilkada.Application;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two application contexts in one JVM (the two-node tests, and the test suite's several contexts):
 * one started after another must not take over the first one's sign-in. Vaadin installs its
 * security context strategy in the static holder per context; the first context's filters then
 * signed a token in on one holder while its authorization read another (401 for a valid token).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityContextAcrossContextsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntegrationService integrations;

    @Test
    void a_context_started_later_in_the_same_jvm_leaves_this_ones_token_sign_in_working() throws Exception {
        assertThat(statusWithNewToken()).isEqualTo(200);
        try (ConfigurableApplicationContext later = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties(
                        "desk.test.context=later",
                        "server.port=0",
                        "desk.demo.enabled=false",
                        "desk.accounts.initial-admin-password=later-context-admin")
                .run()) {
            assertThat(later.isActive()).isTrue();
            assertThat(statusWithNewToken()).isEqualTo(200);
        }
        assertThat(statusWithNewToken()).isEqualTo(200);
    }

    private int statusWithNewToken() throws Exception {
        String token = CurrentActor.asSystem(() -> integrations.issue("Dua konteks " + System.nanoTime()))
                .token();
        return mvc.perform(get("/api/v1/devices").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
