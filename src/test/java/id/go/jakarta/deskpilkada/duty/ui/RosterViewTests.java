package id.go.jakarta.deskpilkada.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.LocalDate;
import java.util.List;
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
