package id.go.jakarta.deskpilkada.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.ImportProblemsDialog;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitForm;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import id.go.jakarta.deskpilkada.staff.UnitService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The units screen of the setup console. The units these tests make stay in the shared test
 * database, so each has a code of its own and is an SKPD (the Forkopimda agencies are counted
 * elsewhere).
 */
class UnitsViewTests extends KaribuTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    UnitService units;

    @Autowired
    StaffService staff;

    private static UnitsView open() {
        UI.getCurrent().navigate("admin/instansi");
        return _get(UnitsView.class);
    }

    private static String fresh() {
        return "UJI_LAYAR_" + SERIAL.incrementAndGet() + "_" + System.nanoTime() % 100_000;
    }

    private UnitInfo existing() {
        String code = fresh();
        return units.create(code, new UnitForm("Dinas Uji " + code, "Uji " + code, UnitKind.SKPD));
    }

    private static UnitsView.UnitRow row(UnitsView view, String code) {
        return view.rows.stream()
                .filter(r -> r.seen.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    /** The units the add-officer dialog offers, by code. */
    private List<String> offeredToNewOfficers() {
        UI.getCurrent().navigate("petugas");
        _click(_get(OfficersView.class).add);
        OfficerDialog dialog = _get(OfficerDialog.class);
        List<String> codes =
                dialog.unit.getListDataView().getItems().map(UnitInfo::code).toList();
        dialog.close();
        return codes;
    }

    @Test
    void an_admin_adds_a_unit_at_the_end_of_the_list_and_new_officers_are_offered_it() {
        login("admin");
        UnitsView view = open();
        String code = fresh();
        _setValue(view.code, code.toLowerCase(java.util.Locale.ROOT));
        _setValue(view.name, "Dinas Kesehatan Uji");
        _setValue(view.shortName, "Dinkes " + code);
        _click(view.add);

        UnitsView.UnitRow added = view.rows.getLast();
        assertThat(added.seen.code()).isEqualTo(code);
        assertThat(added.rowName.getValue()).isEqualTo("Dinas Kesehatan Uji");
        assertThat(added.state.isVisible()).isFalse();
        assertThat(view.code.getValue()).isEmpty();
        assertThat(view.listTitle.getText())
                .isEqualTo("Daftar instansi (" + staff.units().size() + ")");
        assertThat(notifications()).contains("Instansi Dinkes " + code + " ditambahkan di akhir daftar.");
        assertThat(offeredToNewOfficers()).contains(code);
    }

    @Test
    void a_rename_against_a_stale_version_is_refused_and_neither_name_is_lost() {
        login("admin");
        UnitInfo unit = existing();
        UnitsView view = open();
        UnitsView.UnitRow row = row(view, unit.code());
        _setValue(row.rowName, "Dinas Kesehatan Provinsi Uji");
        assertThat(row.save.isEnabled()).isTrue();

        // Another admin renames it first.
        UnitInfo theirs =
                units.update(unit.id(), unit.version(), new UnitForm("Dinas Sehat Uji", unit.shortName(), unit.kind()));
        _click(row.save);

        assertThat(notifications())
                .contains("Instansi " + unit.shortName() + " baru saja diubah orang lain. "
                        + "Perubahan Anda tidak disimpan: muat ulang dan periksa lagi.");
        assertThat(staff.unit(unit.id())).contains(theirs);
        UnitsView.UnitRow kept = row(view, unit.code());
        assertThat(kept.rowName.getValue()).isEqualTo("Dinas Kesehatan Provinsi Uji");
        assertThat(kept.stale.isVisible()).isTrue();

        _click(kept.revert);
        UnitsView.UnitRow reloaded = row(view, unit.code());
        assertThat(reloaded.rowName.getValue()).isEqualTo("Dinas Sehat Uji");
        assertThat(reloaded.stale.isVisible()).isFalse();
        _setValue(reloaded.rowName, "Dinas Kesehatan Provinsi Uji");
        _click(reloaded.save);
        assertThat(staff.unit(unit.id()).orElseThrow().name()).isEqualTo("Dinas Kesehatan Provinsi Uji");
    }

    @Test
    void moving_a_unit_keeps_the_name_being_edited_in_its_row() {
        login("admin");
        UnitInfo first = existing();
        UnitInfo second = existing();
        UnitsView view = open();
        UnitsView.UnitRow row = row(view, second.code());
        _setValue(row.rowName, "Dinas Uji Dipindah");

        _click(row.up);

        List<String> codes = view.rows.stream().map(r -> r.seen.code()).toList();
        assertThat(codes.indexOf(second.code())).isEqualTo(codes.indexOf(first.code()) - 1);
        UnitsView.UnitRow moved = row(view, second.code());
        assertThat(moved.rowName.getValue()).isEqualTo("Dinas Uji Dipindah");
        assertThat(moved.stale.isVisible()).isFalse();
        _click(moved.save);
        assertThat(staff.unit(second.id()).orElseThrow().name()).isEqualTo("Dinas Uji Dipindah");
    }

    @Test
    void a_retired_unit_is_no_longer_offered_to_new_officers_until_it_is_brought_back() {
        login("admin");
        UnitInfo unit = existing();
        UnitsView view = open();
        UnitsView.UnitRow row = row(view, unit.code());
        assertThat(row.retire.getText()).isEqualTo("Pensiunkan");

        _click(row.retire);

        UnitsView.UnitRow retired = row(view, unit.code());
        assertThat(retired.state.isVisible()).isTrue();
        assertThat(retired.state.getText()).isEqualTo("Dipensiunkan");
        assertThat(retired.retire.getText()).isEqualTo("Aktifkan lagi");
        assertThat(staff.unit(unit.id()).orElseThrow().active()).isFalse();
        assertThat(notifications())
                .contains("Instansi " + unit.shortName() + " dipensiunkan: tidak ditawarkan lagi untuk data baru.");
        assertThat(offeredToNewOfficers()).doesNotContain(unit.code()).contains("DUKCAPIL");

        view = open();
        _click(row(view, unit.code()).retire);
        assertThat(staff.unit(unit.id()).orElseThrow().active()).isTrue();
        assertThat(offeredToNewOfficers()).contains(unit.code());
    }

    @Test
    void an_import_with_bad_rows_lists_each_line_and_saves_nothing() {
        login("admin");
        UnitsView view = open();
        List<UnitInfo> before = staff.units();
        String code = fresh();
        String csv = "kode;nama;singkatan;jenis;urutan;aktif\n"
                + code + ";Dinas Uji Impor;Uji Impor " + code + ";SKPD;;\n"
                + "DINSOS;Dinas Sosial;Dinsos;DINAS;;\n"
                + "POLDA;Kepolisian Daerah Metro Jaya;Polda Metro Jaya;FORKOPIMDA;;belum\n";

        view.upload.start(UI.getCurrent(), csv.getBytes(StandardCharsets.UTF_8), "instansi.csv");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.runUIQueue();
            return !_find(ImportProblemsDialog.class).isEmpty();
        });
        ImportProblemsDialog problems = _get(ImportProblemsDialog.class);
        assertThat(problems.summary())
                .isEqualTo(
                        "2 baris bermasalah. Tidak ada instansi yang diubah: perbaiki baris berikut, lalu unggah lagi.");
        assertThat(problems.rows()).extracting(ImportResult.BadRow::line).containsExactly(3, 4);
        assertThat(problems.rows())
                .extracting(problems::reason)
                .containsExactly(
                        "Kolom jenis harus berisi SKPD atau FORKOPIMDA, bukan \"DINAS\".",
                        "Kolom aktif harus berisi ya atau tidak, bukan \"belum\".");
        assertThat(staff.units()).isEqualTo(before);
        assertThat(staff.unitByCode(code)).isEmpty();
    }

    @Test
    void an_exported_file_imported_again_changes_nothing() {
        login("admin");
        existing();
        UnitsView view = open();
        int count = view.rows.size();
        List<UnitInfo> before = staff.units();

        _click(view.exportXlsx);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.exported.ready()).isNotNull();
        });
        FileOffer.File file = view.exported.ready();
        assertThat(file.name()).isEqualTo("instansi.xlsx");

        view.upload.start(UI.getCurrent(), file.content(), file.name());
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(notifications()).contains(count + " instansi diimpor: 0 baru, 0 diubah, " + count + " tetap.");
        });
        assertThat(_find(ImportProblemsDialog.class)).isEmpty();
        assertThat(staff.units()).isEqualTo(before);
    }
}
