package id.go.jakarta.deskpilkada.posko.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostSetupService;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PostsSetupViewTests extends KaribuTest {

    @Autowired
    PostSetupService setup;

    @Autowired
    PoskoService posko;

    @Autowired
    WilayahService wilayah;

    @Test
    void the_demo_desk_lists_its_seven_posts_and_has_no_default_post_to_add() {
        login("admin");
        UI.getCurrent().navigate("admin/posko");
        PostsSetupView view = _get(PostsSetupView.class);
        assertThat(view.grid
                        .getGenericDataView()
                        .getItems()
                        .filter(PoskoTile::active)
                        .map(PoskoTile::code))
                .contains("BALAIKOTA", "JAKPUS", "KEPSERIBU");
        assertThat(view.defaults.isEnabled()).isFalse();
        assertThat(view.defaults.getText()).isEqualTo("Semua posko bawaan sudah ada");
    }

    @Test
    void an_admin_adds_a_kecamatan_post_from_the_dialog_and_an_empty_area_is_explained() {
        login("admin");
        UI.getCurrent().navigate("admin/posko");
        PostsSetupView view = _get(PostsSetupView.class);
        _click(view.add);
        PostDialog dialog = _get(PostDialog.class);
        _setValue(dialog.code, "KEC-KEMAYORAN");
        _setValue(dialog.name, "Posko Kecamatan Kemayoran");
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Pilih wilayah yang dilayani posko.");

        _setValue(dialog.area, wilayah.find("31.71.03").orElseThrow());
        _setValue(dialog.order, 70);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        PoskoTile added = setup.all().stream()
                .filter(p -> p.code().equals("KEC-KEMAYORAN"))
                .findFirst()
                .orElseThrow();
        try {
            assertThat(added.wilayahName()).isEqualTo("Kemayoran");
            assertThat(view.grid.getGenericDataView().getItems().map(PoskoTile::code))
                    .contains("KEC-KEMAYORAN");
        } finally {
            setup.setActive(added.id(), added.version(), false);
        }
    }
}
