package id.go.jakarta.deskpilkada.election.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.ui.ImportProblemsDialog;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.ElectionSetup;
import id.go.jakarta.deskpilkada.election.StageDraft;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ElectionSetupViewTests extends KaribuTest {

    @Autowired
    ElectionService elections;

    @Autowired
    WilayahService wilayah;

    private ElectionSetupView open() {
        UI.getCurrent().navigate("admin/pemilihan");
        return _get(ElectionSetupView.class);
    }

    private ElectionInfo westJava() {
        return elections.setUp(
                new ElectionSetup(
                        "Pilgub Jabar " + System.nanoTime(),
                        ElectionKind.GUBERNUR,
                        "32",
                        LocalDate.of(2018, 6, 27),
                        null),
                false);
    }

    private static List<String> problems(CalendarEditor calendar) {
        return calendar.problems
                .getChildren()
                .map(c -> ((ListItem) c).getText())
                .toList();
    }

    @Test
    void an_admin_creates_a_west_java_election_and_starts_from_the_kpu_calendar() {
        login("admin");
        ElectionSetupView view = open();
        _click(view.create);
        NewElectionDialog dialog = _get(NewElectionDialog.class);
        _setValue(dialog.kind, ElectionKind.GUBERNUR);
        _setValue(dialog.region, wilayah.find("32").orElseThrow());
        _setValue(dialog.votingDay, LocalDate.of(2018, 6, 27));

        assertThat(dialog.name.getValue()).isEqualTo("Pemilihan Gubernur dan Wakil Gubernur Jawa Barat 2018");
        assertThat(dialog.preview.getText()).startsWith("Kalender awal: 15 tahapan KPU yang lazim");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        ElectionInfo created = view.elections.getSelectedItems().iterator().next();
        assertThat(created.regionCode()).isEqualTo("32");
        assertThat(view.calendar.stageRows).hasSize(15);
        assertThat(view.calendar.title.getText()).isEqualTo("Kalender tahapan (versi 1)");
        assertThat(view.calendar.stageRows.get(10).voting.getValue()).isTrue();
        assertThat(view.calendar.stageRows.get(10).starts.getValue()).isEqualTo(LocalDate.of(2018, 6, 27));
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("Pemilihan \"" + created.name() + "\" dibuat dengan 15 tahapan."));
    }

    @Test
    void a_mayor_election_offers_only_kota_and_a_missing_region_is_explained() {
        login("admin");
        ElectionSetupView view = open();
        _click(view.create);
        NewElectionDialog dialog = _get(NewElectionDialog.class);
        _setValue(dialog.kind, ElectionKind.WALIKOTA);
        assertThat(dialog.region.getListDataView().getItems())
                .as("only kota are offered")
                .allSatisfy(a -> assertThat(a.code().charAt(3)).isEqualTo('7'))
                .hasSizeGreaterThan(90);
        _setValue(dialog.votingDay, LocalDate.of(2031, 11, 27));
        _setValue(dialog.name, "Pemilihan Wali Kota 2031");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Pilih wilayah pemilihan dari daftar.");
    }

    @Test
    void every_bad_stage_is_named_then_the_corrected_calendar_is_saved_as_a_new_version() {
        login("admin");
        ElectionInfo e = westJava();
        ElectionSetupView view = open();
        view.elections.select(e);
        CalendarEditor calendar = view.calendar;
        CalendarEditor.StageRow second = calendar.stageRows.get(1);
        _setValue(second.ends, second.starts.getValue().minusDays(1));
        _setValue(calendar.stageRows.get(3).name, "");
        _click(calendar.save);

        assertThat(problems(calendar))
                .containsExactly(
                        "Tahapan ke-2 (Penyerahan dukungan calon perseorangan): tanggal selesai sebelum tanggal mulai.",
                        "Tahapan ke-4: nama wajib diisi, paling panjang 200 karakter.");
        assertThat(second.ends.isInvalid()).isTrue();
        assertThat(elections.election(e.id()).calendarVersion()).isEqualTo(1);

        _setValue(second.ends, second.starts.getValue().plusDays(3));
        _setValue(calendar.stageRows.get(3).name, "Pemutakhiran data pemilih");
        _click(calendar.stageRows.get(2).remove);
        _click(calendar.addStage);
        CalendarEditor.StageRow added = calendar.stageRows.getLast();
        _setValue(added.name, "Evaluasi desk");
        _setValue(added.starts, LocalDate.of(2018, 12, 3));
        assertThat(added.ends.getValue()).as("the end follows a new start").isEqualTo(LocalDate.of(2018, 12, 3));
        _click(calendar.save);

        ElectionInfo saved = elections.election(e.id());
        assertThat(saved.calendarVersion()).isEqualTo(2);
        assertThat(saved.stages()).hasSize(15);
        assertThat(saved.stages().get(2).name()).isEqualTo("Pemutakhiran data pemilih");
        assertThat(saved.retiredStages())
                .extracting(s -> s.name())
                .containsExactly("Verifikasi dukungan calon perseorangan");
        assertThat(calendar.title.getText()).isEqualTo("Kalender tahapan (versi 2)");
        assertThat(calendar.problems.isVisible()).isFalse();
    }

    @Test
    void a_calendar_saved_elsewhere_while_one_edits_is_announced_and_neither_edit_is_lost() {
        login("admin");
        ElectionInfo e = westJava();
        ElectionSetupView view = open();
        view.elections.select(e);
        CalendarEditor calendar = view.calendar;
        _setValue(calendar.stageRows.getFirst().name, "Pembentukan PPK, PPS dan KPPS");

        // Another admin saves first; the live event reloads the view.
        List<StageDraft> theirs = e.stages().stream().map(StageDraft::of).toList();
        elections.saveCalendar(e.id(), 1, theirs.subList(0, theirs.size() - 1));
        calendar.show(elections.election(e.id()));

        assertThat(calendar.stale.isVisible()).isTrue();
        assertThat(calendar.stale.getText()).contains("versi 2");
        assertThat(calendar.stageRows.getFirst().name.getValue()).isEqualTo("Pembentukan PPK, PPS dan KPPS");
        _click(calendar.save);
        assertThat(problems(calendar)).singleElement().asString().contains("baru saja disimpan orang lain (versi 2)");
        assertThat(elections.election(e.id()).stages()).hasSize(theirs.size() - 1);

        _click(calendar.revert);
        assertThat(calendar.stale.isVisible()).isFalse();
        assertThat(calendar.stageRows).hasSize(theirs.size() - 1);
        assertThat(calendar.title.getText()).isEqualTo("Kalender tahapan (versi 2)");
    }

    @Test
    void an_imported_calendar_file_replaces_the_calendar_on_screen_and_a_bad_one_lists_its_lines() {
        login("admin");
        ElectionInfo e = westJava();
        ElectionSetupView view = open();
        view.elections.select(e);
        CalendarEditor calendar = view.calendar;
        String bad = "no;tahapan;mulai;selesai;pemungutan\n;Kampanye;kemarin;2018-06-23;tidak\n";

        calendar.upload.start(UI.getCurrent(), bad.getBytes(StandardCharsets.UTF_8), "kalender.csv");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.runUIQueue();
            return !_find(ImportProblemsDialog.class).isEmpty();
        });
        ImportProblemsDialog problems = _get(ImportProblemsDialog.class);
        assertThat(problems.summary()).startsWith("1 baris bermasalah. Kalender tidak diubah");
        assertThat(problems.rows()).extracting(ImportResult.BadRow::line).containsExactly(2);
        assertThat(problems.reason(problems.rows().getFirst()))
                .isEqualTo("Kolom mulai harus berisi tanggal, mis. 2018-06-27 atau 27/06/2018, bukan \"kemarin\".");
        problems.close();

        String good = "no;tahapan;mulai;selesai;pemungutan\n"
                + ";Kampanye;2018-02-15;2018-06-23;tidak\n"
                + ";Pemungutan suara;27/06/2018;27/06/2018;ya\n";
        calendar.upload.start(UI.getCurrent(), good.getBytes(StandardCharsets.UTF_8), "kalender.csv");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            NotificationsKt.expectNotifications(
                    "2 tahapan diimpor: 2 baru, 0 diubah, 0 tetap. Tahapan yang tidak ada di berkas dipensiunkan.");
        });
        assertThat(calendar.stageRows)
                .extracting(r -> r.name.getValue())
                .containsExactly("Kampanye", "Pemungutan suara");
        assertThat(calendar.title.getText()).isEqualTo("Kalender tahapan (versi 2)");
    }
}
