package id.go.jakarta.deskpilkada.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The ADMIN's desk tree: opening one region's desk and the 2024 set. A context of its own, so that
 * which desks are open is known; the 2024 set (which opens them all) comes last.
 */
@TestPropertySource(properties = "desk.test.context=desks")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesksViewTests extends KaribuTest {

    @Autowired
    DeskService desks;

    private static DesksView open() {
        UI.getCurrent().navigate("admin/desk");
        return _get(DesksView.class);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    /** The codes of the tree, each desk followed by those under it. */
    private static List<String> codes(DesksView view) {
        TreeData<DeskInfo> data = view.tree.getTreeData();
        List<String> codes = new ArrayList<>();
        Deque<DeskInfo> todo = new ArrayDeque<>(data.getRootItems());
        while (!todo.isEmpty()) {
            DeskInfo desk = todo.pop();
            codes.add(desk.code());
            List<DeskInfo> children = data.getChildren(desk);
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return codes;
    }

    @Test
    @Order(1)
    void an_admin_opens_a_kota_and_finds_it_under_its_province_in_the_tree() {
        login("admin");
        DesksView view = open();
        assertThat(codes(view)).first().isEqualTo("ID");

        _setValue(
                view.region,
                view.region
                        .getListDataView()
                        .getItems()
                        .filter(a -> a.code().equals("36.71"))
                        .findFirst()
                        .orElseThrow());
        _click(view.open);

        assertThat(notifications()).contains("Desk Kota Tangerang dibuka.");
        assertThat(codes(view)).contains("36", "36.71");
        DeskInfo banten = desks.find("36").orElseThrow();
        assertThat(desks.children(banten.id())).extracting(DeskInfo::code).contains("36.71");
        assertThat(view.region.getValue()).isNull();
    }

    @Test
    @Order(2)
    void opening_without_a_region_asks_for_one_and_a_region_without_an_election_is_refused_in_words() {
        login("admin");
        DesksView view = open();

        _click(view.open);
        assertThat(view.region.isInvalid()).isTrue();
        assertThat(view.region.getErrorMessage()).isEqualTo("Pilih provinsi atau kabupaten/kota lebih dulu.");

        _setValue(
                view.region,
                view.region
                        .getListDataView()
                        .getItems()
                        .filter(a -> a.code().equals("31.71"))
                        .findFirst()
                        .orElseThrow());
        _click(view.open);
        assertThat(notifications()).anyMatch(n -> n.contains("tidak memilih kepala daerahnya sendiri"));
        assertThat(desks.find("31.71")).isEmpty();
    }

    @Test
    @Order(4)
    void the_2024_set_opens_in_the_background_and_the_summary_counts_it() {
        login("admin");
        DesksView view = open();

        _click(view.openSerentak);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.openSerentak.isEnabled()).isTrue();
            assertThat(view.summary.getText())
                    .isEqualTo("38 desk provinsi · 508 desk kabupaten/kota · 545 desk dengan pemilihan");
        });
        assertThat(view.working.isVisible()).isFalse();
        // The tests before opened 36.71 and 35.78, and with them Banten's and East Java's desks to
        // roll up to; DKI Jakarta's desk holds the demo's election. 541 desks are new, and the two
        // provinces' desks now hold their election.
        assertThat(notifications()).contains("543 desk dibuka; set 2024 memuat 545 desk pemilihan.");
    }

    @Test
    @Order(3)
    void a_desk_opened_elsewhere_appears_without_reload() {
        login("admin");
        DesksView view = open();
        assertThat(codes(view)).doesNotContain("35.78");

        CurrentActor.asSystem(() -> desks.open("35.78"));

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(codes(view)).contains("35.78");
        });
    }
}
