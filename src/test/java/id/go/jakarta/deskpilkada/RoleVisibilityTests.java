package id.go.jakarta.deskpilkada;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.go.jakarta.deskpilkada.base.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which screens each role reaches, and that the menu offers only those. */
class RoleVisibilityTests extends KaribuTest {

    @Test
    void an_officer_cannot_open_the_admin_screens() {
        login("petugas.jakpus");
        UI.getCurrent().navigate("admin/pengguna");
        _assertNone(Grid.class);
        _assertOne(NotFoundView.Denied.class);
    }

    @Test
    void leadership_cannot_open_the_admin_screens_either() {
        login("sekda");
        UI.getCurrent().navigate("admin/pengguna");
        _assertOne(NotFoundView.Denied.class);
    }

    @Test
    void an_admin_opens_the_accounts_screen() {
        login("admin");
        UI.getCurrent().navigate("admin/pengguna");
        _assertNone(NotFoundView.Denied.class);
        assertThat(_get(Grid.class).getGenericDataView().getItems().count()).isGreaterThan(15);
    }

    @Test
    void the_menu_shows_only_what_the_role_may_open() {
        login("petugas.jakpus");
        assertThat(menu())
                .containsExactly(
                        "Ringkasan",
                        "Absen & jadwal saya",
                        "Permasalahan",
                        "Jurnal posko",
                        "Perangkat",
                        "Siaran pers",
                        "Naskah siaran pers",
                        "Tentang");
        login("bakesbangpol");
        assertThat(menu())
                .containsExactly(
                        "Ringkasan",
                        "Rekap desk",
                        "Permasalahan",
                        "Terusan kabupaten/kota",
                        "Siaran pers",
                        "Naskah siaran pers",
                        "Tinjauan siaran pers",
                        "Tentang");
        login("sekda");
        assertThat(menu())
                .containsExactly(
                        "Ringkasan",
                        "Situasi",
                        "Rekap desk",
                        "Jadwal piket",
                        "Kehadiran",
                        "Riwayat cakupan",
                        "Permasalahan",
                        "Rujukan",
                        "Terusan kabupaten/kota",
                        "Laporan situasi",
                        "Laporan harian Sekda",
                        "Jurnal posko",
                        "Perangkat",
                        "Siaran pers",
                        "Naskah siaran pers",
                        "Petugas",
                        "Tentang");
        login("ketua.jakpus");
        assertThat(menu())
                .containsExactly(
                        "Ringkasan",
                        "Jadwal piket",
                        "Kehadiran",
                        "Absen & jadwal saya",
                        "Riwayat cakupan",
                        "Permasalahan",
                        "Rujukan",
                        "Laporan situasi",
                        "Jurnal posko",
                        "Perangkat",
                        "Siaran pers",
                        "Naskah siaran pers",
                        "Petugas",
                        "Tentang");
        login("polda");
        assertThat(menu())
                .containsExactly("Ringkasan", "Rekap desk", "Permasalahan", "Rujukan", "Siaran pers", "Tentang");
        login("admin");
        assertThat(menu())
                .containsExactly(
                        "Ringkasan",
                        "Situasi",
                        "Rekap desk",
                        "Jadwal piket",
                        "Kehadiran",
                        "Riwayat cakupan",
                        "Permasalahan",
                        "Terusan kabupaten/kota",
                        "Perangkat",
                        "Siaran pers",
                        "Petugas",
                        "Persiapan desk",
                        "Desk",
                        "Pemilihan",
                        "Posko",
                        "Instansi",
                        "Kategori permasalahan",
                        "Pengguna",
                        "Peran lintas desk",
                        "Layar",
                        "Kamera diizinkan",
                        "Putaran layar",
                        "Integrasi",
                        "Latihan",
                        "Jejak perubahan",
                        "Tentang");
    }

    private static List<String> menu() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
