package id.go.jakarta.deskpilkada.base.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import id.go.jakarta.deskpilkada.KaribuTest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginViewTests extends KaribuTest {

    @Test
    void the_login_form_speaks_indonesian() {
        UI.getCurrent().navigate("login");
        LoginView view = _get(LoginView.class);
        assertThat(view.i18n.getForm().getTitle()).isEqualTo("Masuk");
        assertThat(view.i18n.getForm().getUsername()).isEqualTo("Nama pengguna");
        assertThat(view.i18n.getForm().getPassword()).isEqualTo("Kata sandi");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("salah");
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_form() {
        UI.getCurrent().navigate("");
        _assertOne(LoginView.class);
        UI.getCurrent().navigate("admin/pengguna");
        _assertOne(LoginView.class);
    }

    @Test
    void english_is_available() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).i18n.getForm().getTitle()).isEqualTo("Sign in");
    }
}
