package id.go.jakarta.deskpilkada.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Which pages carry their view in the page's answer (Vaadin's initial UIDL), see {@link UiSetup#viewInPage}. */
class ViewInPageTests {

    private static VaadinServletRequest get(String path, boolean signedIn) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setPathInfo(path);
        if (signedIn) {
            request.setUserPrincipal(
                    UsernamePasswordAuthenticationToken.authenticated("sekda", null, java.util.List.of()));
        }
        return new VaadinServletRequest(request, null);
    }

    @Test
    void a_signed_in_persons_pages_carry_their_view() {
        assertThat(UiSetup.viewInPage(get("/", true))).isTrue();
        assertThat(UiSetup.viewInPage(get("/permasalahan", true))).isTrue();
        assertThat(UiSetup.viewInPage(get("/posko/jakpus", true))).isTrue();
    }

    @Test
    void the_walls_pages_and_anonymous_visitors_get_the_bare_page() {
        assertThat(UiSetup.viewInPage(get("/layar", true))).isFalse();
        assertThat(UiSetup.viewInPage(get("/layar/", true))).isFalse();
        assertThat(UiSetup.viewInPage(get("/situasi", true))).isFalse();
        assertThat(UiSetup.viewInPage(get("/", false))).isFalse();
        assertThat(UiSetup.viewInPage(get("/login", false))).isFalse();
    }
}
