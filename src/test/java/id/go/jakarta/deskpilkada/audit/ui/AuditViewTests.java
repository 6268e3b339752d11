package id.go.jakarta.deskpilkada.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.audit.AuditEntryInfo;
import id.go.jakarta.deskpilkada.base.ui.NotFoundView;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.ElectionSetup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTests extends KaribuTest {

    @Autowired
    ElectionService elections;

    @Test
    void an_admin_reads_who_created_an_election_and_filters_by_kind() {
        login("admin");
        ElectionInfo e = elections.setUp(
                new ElectionSetup(
                        "Jejak " + System.nanoTime(), ElectionKind.BUPATI, "32.04", LocalDate.of(2030, 11, 27), null),
                false);
        UI.getCurrent().navigate("admin/jejak");
        AuditView view = _get(AuditView.class);

        List<AuditEntryInfo> shown =
                view.entries.getGenericDataView().getItems().toList();
        assertThat(shown)
                .filteredOn(a -> a.subjectId().equals(e.code()))
                .extracting(AuditEntryInfo::subject, AuditEntryInfo::action, AuditEntryInfo::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("election.calendar", "created", "admin"),
                        org.assertj.core.groups.Tuple.tuple("election", "created", "admin"));
        _setValue(view.subject, "election.calendar");
        assertThat(view.entries.getGenericDataView().getItems())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.subject()).isEqualTo("election.calendar"));
        assertThat(view.subject.getItemLabelGenerator().apply("election.calendar"))
                .isEqualTo("Kalender tahapan");
    }

    @Test
    void a_chief_cannot_open_the_trail() {
        login("ketua.jakpus");
        UI.getCurrent().navigate("admin/jejak");
        _assertOne(NotFoundView.Denied.class);
    }
}
