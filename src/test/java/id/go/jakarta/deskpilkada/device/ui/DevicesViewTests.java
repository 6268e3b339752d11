package id.go.jakarta.deskpilkada.device.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.device.CameraSourceForm;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DevicesViewTests extends KaribuTest {

    @Autowired
    CameraSourceService cameraSources;

    @Autowired
    DeviceService devices;

    @Test
    void a_chief_sees_only_his_post_and_a_bad_address_is_explained_in_indonesian() {
        // An IP address: a name might need resolving where other tests left ranges allowed.
        String host = "203.0.113." + System.nanoTime() % 250;
        login("ketua.jakut");
        UI.getCurrent().navigate("perangkat");
        DevicesView view = _get(DevicesView.class);
        assertThat(view.post.isVisible()).isFalse();
        assertThat(view.post.getValue().code()).isEqualTo("JAKUT");
        long before = view.grid.getGenericDataView().getItems().count();

        _click(view.add);
        DeviceDialog dialog = _get(DeviceDialog.class);
        _setValue(dialog.name, "Kamera Tanjung Priok");
        _setValue(dialog.snapshotUrl, "file:///etc/passwd");
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Isian alamat cuplikan harus diawali http:// atau https://.");
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before);

        _setValue(dialog.snapshotUrl, "http://" + host + "/priok.jpg");
        _click(dialog.save);
        assertThat(dialog.error.getText())
                .isEqualTo("Alamat cuplikan http://" + host + " belum diizinkan ADMIN. Minta ADMIN mengizinkannya "
                        + "di menu Kamera diizinkan lalu simpan lagi, atau kosongkan alamat cuplikan.");
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before);

        CurrentActor.asSystem(
                () -> cameraSources.add(new CameraSourceForm(CameraSourceKind.ADDRESS, "http://" + host, null)));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.grid.getGenericDataView().getItems().map(DeviceInfo::name))
                .contains("Kamera Tanjung Priok");
    }

    @Test
    void leadership_chooses_any_post_and_only_reads() {
        login("sekda");
        UI.getCurrent().navigate("perangkat");
        DevicesView view = _get(DevicesView.class);
        assertThat(view.post.isVisible()).isTrue();
        assertThat(view.post.getListDataView().getItemCount()).isEqualTo(7);
        assertThat(view.add.isVisible()).isFalse();
    }

    @Test
    void a_camera_whose_address_is_no_longer_allowed_says_why_it_shows_no_image_on_the_wall() {
        String origin = "http://10.253." + System.nanoTime() % 250 + ".7";
        CameraSourceInfo source = CurrentActor.asSystem(
                () -> cameraSources.add(new CameraSourceForm(CameraSourceKind.ADDRESS, origin, null)));
        login("ketua.jaktim");
        long post = CurrentActor.require().poskoId();
        DeviceInfo allowed =
                devices.register(new DeviceForm(post, DeviceKind.CCTV, "Kamera Jatinegara", origin + "/a.jpg", null));
        UI.getCurrent().navigate("perangkat");
        DevicesView view = _get(DevicesView.class);
        assertThat(view.notAllowed.isVisible()).isFalse();
        assertThat(snapshotCell(view, allowed))
                .isInstanceOfSatisfying(
                        Anchor.class, a -> assertThat(a.getHref()).isEqualTo("kamera/" + allowed.id()));

        CurrentActor.asSystem(() -> {
            cameraSources.remove(source.id(), source.version());
            return null;
        });
        view.refresh();
        assertThat(snapshotCell(view, allowed)).isInstanceOfSatisfying(Span.class, s -> {
            assertThat(s.getText()).isEqualTo("Tidak diizinkan");
            assertThat(s.getTitle().orElseThrow()).contains("dinding menampilkan kamera ini tanpa gambar");
        });
        assertThat(view.notAllowed.isVisible()).isTrue();
        assertThat(view.notAllowed.getText())
                .startsWith("1 kamera memakai alamat cuplikan di luar sumber yang diizinkan");
    }

    /** What the snapshot column shows for the device (the column renders through the view's own method). */
    private static com.vaadin.flow.component.Component snapshotCell(DevicesView view, DeviceInfo device) {
        DeviceInfo shown = view.grid
                .getGenericDataView()
                .getItems()
                .filter(d -> d.id() == device.id())
                .findFirst()
                .orElseThrow();
        return view.snapshotOf(shown);
    }
}
