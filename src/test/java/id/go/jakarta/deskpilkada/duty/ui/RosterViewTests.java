package id.go.jakarta.deskpilkada.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RosterViewTests extends KaribuTest {

    @Autowired
    RosterService roster;

    @Autowired
    id.go.jakarta.deskpilkada.duty.ShiftService shifts;

    @Test
    void a_chief_plans_his_own_post_and_a_broken_rule_is_explained_in_indonesian() {
        login("ketua.jakpus");
        UI.getCurrent().navigate("jadwal");
        RosterView view = _get(RosterView.class);
        assertThat(view.post.isVisible()).isFalse();
        assertThat(view.post.getValue().code()).isEqualTo("JAKPUS");
        assertThat(view.totals.getText()).contains("7 petugas").contains("54 petugas");
        List<ShiftInfo> shifts = view.grid.getGenericDataView().getItems().toList();
        assertThat(shifts).extracting(ShiftInfo::name).containsExactly("Siang", "Malam");

        view.week.setValue(view.week.getValue().plusWeeks(3));
        LocalDate day = view.week.getValue().plusDays(2);
        ShiftInfo siang = shifts.getFirst();
        ShiftInfo malam = shifts.get(1);
        assign(view, siang, day, PostRole.KETUA, "Ketua");
        List<AssignmentInfo> planned = roster.week(view.post.getValue().id(), view.week.getValue());
        assertThat(planned).hasSize(1);
        assertThat(planned.getFirst().role()).isEqualTo(PostRole.KETUA);

        // The same chief as staff on that night's shift: no rest after his day shift.
        view.assignDialog(malam, day);
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<PostRole> role =
                _get(dialog, com.vaadin.flow.component.select.Select.class);
        _setValue(role, PostRole.STAF);
        @SuppressWarnings("unchecked")
        ComboBox<OfficerInfo> officer = _get(dialog, ComboBox.class);
        assertThat(officer.getListDataView().getItems().map(OfficerInfo::postRole))
                .doesNotContain(PostRole.PENGHUBUNG_FORKOPIMDA);
        OfficerInfo chief = officer.getListDataView()
                .getItems()
                .filter(o -> o.id() == planned.getFirst().officerId())
                .findFirst()
                .orElseThrow();
        _setValue(officer, chief);
        _click(_get(dialog, Button.class, spec -> spec.withText("Jadwalkan")));
        assertThat(dialog.isOpened()).isTrue();
        NotificationsKt.expectNotifications(chief.fullName() + " perlu istirahat paling sedikit 8 jam antarsif; "
                + "ia bertugas di Posko Jakarta Pusat, sif Siang tanggal " + RosterService.formatDay(day) + ".");
        assertThat(roster.week(view.post.getValue().id(), view.week.getValue())).hasSize(1);
        dialog.close();
    }

    @Test
    void a_new_shift_is_checked_by_the_service_and_appears_in_the_planner() {
        login("ketua.jaktim");
        UI.getCurrent().navigate("jadwal");
        RosterView view = _get(RosterView.class);
        long before = view.grid.getGenericDataView().getItems().count();
        view.shiftsDialog();
        _click(_get(Button.class, spec -> spec.withText("Tambah sif")));
        ShiftDialog dialog = _get(ShiftDialog.class);
        _setValue(dialog.start, java.time.LocalTime.of(22, 0));
        _setValue(dialog.end, java.time.LocalTime.of(6, 0));
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Nama sif wajib diisi, paling banyak 60 karakter.");

        _setValue(dialog.name, "Jaga Malam Uji");
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Sif harus memerlukan paling sedikit satu petugas.");
        _setValue(dialog.headcount.get(PostRole.STAF), 2);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        ShiftInfo made = view.grid
                .getGenericDataView()
                .getItems()
                .filter(s -> s.name().equals("Jaga Malam Uji"))
                .findFirst()
                .orElseThrow();
        assertThat(made.crossesMidnight()).isTrue();
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before + 1);
        assertThat(view.totals.getText()).contains("9 petugas");

        // Switched off again, so that other tests see the demo's 54.
        id.go.jakarta.deskpilkada.base.security.CurrentActor.asSystem(
                () -> shifts.setActive(made.id(), made.version(), false));
        view.refresh();
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before);
    }

    @Test
    void the_printable_week_lists_the_people_and_is_refused_to_another_posts_chief() {
        login("ketua.jakpus");
        LocalDate monday = RosterView.monday(LocalDate.now(id.go.jakarta.deskpilkada.base.time.Wib.ZONE));
        UI.getCurrent().navigate("jadwal/cetak/JAKPUS/" + monday);
        RosterPrintView print = _get(RosterPrintView.class);
        String html = print.table.getElement().getChild(0).getProperty("innerHTML", "")
                + print.table
                        .getChildren()
                        .map(c -> c.getElement().getOuterHTML())
                        .reduce("", String::concat);
        assertThat(html).contains("<table", "Siang", "Ketua");

        login("ketua.jakut");
        UI.getCurrent().navigate("jadwal/cetak/JAKPUS/" + monday);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(RosterPrintView.class))
                .isEmpty();
    }

    @Test
    void leadership_sees_every_post() {
        login("sekda");
        UI.getCurrent().navigate("jadwal");
        RosterView view = _get(RosterView.class);
        assertThat(view.post.isVisible()).isTrue();
        assertThat(view.post.getListDataView().getItemCount()).isEqualTo(7);
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(3);
    }

    @Test
    void the_week_is_exported_off_the_ui_thread_as_xlsx_in_the_users_language() throws Exception {
        login("ketua.jakpus");
        UI.getCurrent().navigate("jadwal");
        RosterView view = _get(RosterView.class);
        view.week.setValue(view.week.getValue().plusWeeks(5));
        ShiftInfo siang = view.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assign(view, siang, view.week.getValue().plusDays(1), PostRole.KETUA, "Ketua");
        List<AssignmentInfo> planned = roster.week(view.post.getValue().id(), view.week.getValue());
        UI.getCurrent().setLocale(Locale.ENGLISH);

        _click(view.export);
        assertThat(view.export.isEnabled()).isFalse();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.exported.ready()).isNotNull();
        });

        FileOffer.File file = view.exported.ready();
        assertThat(file.name()).isEqualTo("jadwal-JAKPUS-" + view.week.getValue() + ".xlsx");
        assertThat(_get(view.exported, Anchor.class).getText()).isEqualTo("Download " + file.name());
        assertThat(view.export.isEnabled()).isTrue();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Posko Jakarta Pusat");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Date");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Role");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + planned.size());
            List<String> roles = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                roles.add(sheet.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(roles).contains("Chief");
        }
    }

    @Test
    void an_export_the_service_refuses_is_explained_in_indonesian_and_offers_no_file() {
        login("sekda");
        UI.getCurrent().navigate("jadwal");
        RosterView view = _get(RosterView.class);
        _setValue(
                view.post,
                view.post.posts().stream()
                        .filter(p -> p.code().equals("JAKUT"))
                        .findFirst()
                        .orElseThrow());
        // Meanwhile the browser signed in as Jakarta Pusat's chief (another tab): the file is made
        // as the person signed in at the click, and the service, not the screen, decides.
        SignIn.as(context, "ketua.jakpus");

        _click(view.export);

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            NotificationsKt.expectNotifications("Anda hanya dapat mengatur jadwal dan kehadiran posko Anda sendiri.");
        });
        assertThat(view.export.isEnabled()).isTrue();
        assertThat(view.exported.ready()).isNull();
        assertThat(view.exported.isVisible()).isFalse();
    }

    private void assign(RosterView view, ShiftInfo shift, LocalDate day, PostRole role, String rolePrefix) {
        view.assignDialog(shift, day);
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<OfficerInfo> officer = _get(dialog, ComboBox.class);
        OfficerInfo pick = officer.getListDataView()
                .getItems()
                .filter(o -> o.postRole() == role && !o.reserve())
                .findFirst()
                .orElseThrow();
        _setValue(officer, pick);
        _click(_get(dialog, Button.class, spec -> spec.withText("Jadwalkan")));
        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNoNotifications();
    }
}
