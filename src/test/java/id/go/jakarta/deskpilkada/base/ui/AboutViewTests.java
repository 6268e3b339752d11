package id.go.jakarta.deskpilkada.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import org.junit.jupiter.api.Test;

class AboutViewTests extends KaribuTest {

    @Test
    void anyone_reads_the_place_datas_odbl_notice_and_the_map_boundaries_source_with_their_links() {
        SignIn.out();
        UI.getCurrent().navigate("tentang");
        AboutView about = _get(AboutView.class);
        assertThat(about.placeNotice.getElement().getTextRecursively())
                .isEqualTo("Berisi informasi dari idn-area-data 4.0.1, yang tersedia di sini di bawah"
                        + " Open Database License (ODbL) 1.0.");
        assertThat(_find(about, Anchor.class))
                .extracting(Anchor::getHref)
                .containsExactly(AboutView.IDN_AREA_DATA, AboutView.ODBL, AboutView.WILAYAH_BOUNDARIES);
        assertThat(about.boundaryNotice.getElement().getTextRecursively())
                .contains("wilayah_boundaries karya Cahya DSN, di bawah MIT License", "ODbL 1.0");
    }

    @Test
    void the_notice_is_in_english_for_an_english_screen() {
        login("sekda");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("tentang");
        assertThat(_get(AboutView.class).placeNotice.getElement().getTextRecursively())
                .isEqualTo("Contains information from idn-area-data 4.0.1, which is made available here under the"
                        + " Open Database License (ODbL) 1.0.");
    }
}
