package id.go.jakarta.deskpilkada.device.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import org.junit.jupiter.api.Test;

class DevicesViewTests extends KaribuTest {

    @Test
    void a_chief_sees_only_his_post_and_a_bad_address_is_explained_in_indonesian() {
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

        _setValue(dialog.snapshotUrl, "https://cctv.example.go.id/priok.jpg");
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
}
