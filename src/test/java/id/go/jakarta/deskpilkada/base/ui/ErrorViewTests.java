package id.go.jakarta.deskpilkada.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import org.junit.jupiter.api.Test;

class ErrorViewTests extends KaribuTest {

    @Test
    void a_screen_that_fails_shows_an_incident_code_and_no_internals() {
        login("sekda");
        UI.getCurrent().navigate("uji/gagal");
        ErrorView error = _get(ErrorView.class);
        assertThat(error.message.getText())
                .matches("Terjadi kesalahan tak terduga\\. Sampaikan kode [0-9a-f]{8} kepada admin\\.")
                .doesNotContain("jdbc", "Exception", "secret");
    }
}
