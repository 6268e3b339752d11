package id.go.jakarta.deskpilkada.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import org.junit.jupiter.api.Test;

class CoverageHistoryViewTests extends KaribuTest {

    @Test
    void leadership_sees_the_fill_rate_of_every_post_and_an_officers_record() {
        login("sekda");
        UI.getCurrent().navigate("cakupan");
        CoverageHistoryView view = _get(CoverageHistoryView.class);
        String option = view.fill.getOptionJson();
        assertThat(option).contains("\"Balai Kota\"", "\"Jakarta Utara\"", "\"Kepulauan Seribu\"", "\"type\":\"line\"");

        OfficerInfo chief = view.officer
                .getListDataView()
                .getItems()
                .filter(o -> o.postRole() == id.go.jakarta.deskpilkada.staff.PostRole.KETUA && !o.reserve())
                .findFirst()
                .orElseThrow();
        _setValue(view.officer, chief);
        assertThat(view.record.getGenericDataView().getItems().map(AssignmentInfo::officerId))
                .isNotEmpty()
                .allMatch(id -> id == chief.id());
        assertThat(view.summary.getText()).contains("Hadir");
    }

    @Test
    void a_chief_sees_only_his_own_post() {
        login("ketua.kepseribu");
        UI.getCurrent().navigate("cakupan");
        CoverageHistoryView view = _get(CoverageHistoryView.class);
        assertThat(view.post.getListDataView().getItems().map(p -> p.code()).toList())
                .containsExactly("KEPSERIBU");
        assertThat(view.fill.getOptionJson()).contains("Kepulauan Seribu").doesNotContain("\"Jakarta Utara\"");
    }
}
