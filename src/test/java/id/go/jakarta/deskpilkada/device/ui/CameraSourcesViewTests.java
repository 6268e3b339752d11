package id.go.jakarta.deskpilkada.device.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.device.CameraSourceForm;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ADMIN's list of allowed camera sources. */
class CameraSourcesViewTests extends KaribuTest {

    @Autowired
    CameraSourceService sources;

    private static CameraSourcesView open() {
        UI.getCurrent().navigate("admin/kamera");
        return _get(CameraSourcesView.class);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    private static List<String> listed(CameraSourcesView view) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .map(CameraSourceInfo::address)
                .toList();
    }

    @Test
    void an_admin_allows_a_range_and_sees_it_in_its_normal_form() {
        login("admin");
        CameraSourcesView view = open();
        int n = (int) (System.nanoTime() % 250);
        view.kind.setValue(CameraSourceKind.RANGE);
        assertThat(view.address.getHelperText()).startsWith("Alamat IP dengan panjang prefiks (CIDR)");
        _setValue(view.address, "10.254." + n + ".77/24");
        _setValue(view.note, "CCTV Dishub");
        _click(view.add);
        assertThat(listed(view)).contains("10.254." + n + ".0/24");
        assertThat(notifications())
                .contains("Sumber kamera 10.254." + n + ".77/24 diizinkan; dinding mengikutinya seketika.");
        assertThat(view.address.getValue()).isEmpty();
    }

    @Test
    void a_bad_entry_is_explained_in_indonesian_and_nothing_is_added() {
        login("admin");
        CameraSourcesView view = open();
        List<String> before = listed(view);
        _setValue(view.address, "ftp://cctv.example.go.id");
        _click(view.add);
        assertThat(notifications()).contains("Alamat ftp://cctv.example.go.id harus diawali http:// atau https://.");
        assertThat(listed(view)).isEqualTo(before);
        assertThat(view.address.getValue()).isEqualTo("ftp://cctv.example.go.id");
    }

    @Test
    void an_edit_against_a_source_someone_else_changed_meanwhile_is_refused_in_the_dialog() {
        login("admin");
        long n = System.nanoTime() % 1_000_000;
        CameraSourceInfo seen = sources.add(
                new CameraSourceForm(CameraSourceKind.ADDRESS, "https://layar-" + n + ".uji.example", null));
        CameraSourcesView view = open();
        CameraSourceDialog dialog = new CameraSourceDialog(sources, seen, view::refresh);
        dialog.open();
        // Another admin changes it first.
        sources.update(seen.id(), seen.version(), new CameraSourceForm(seen.kind(), seen.address(), "diubah"));
        _setValue(dialog.note, "punya saya");
        _click(dialog.save);
        assertThat(dialog.error.getText())
                .isEqualTo("Sumber kamera https://layar-" + n + ".uji.example baru saja diubah orang lain. "
                        + "Perubahan Anda tidak disimpan: muat ulang dan periksa lagi.");
        assertThat(sources.list())
                .filteredOn(s -> s.id() == seen.id())
                .extracting(CameraSourceInfo::note)
                .containsExactly("diubah");
    }
}
