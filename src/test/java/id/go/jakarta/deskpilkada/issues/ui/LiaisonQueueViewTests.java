package id.go.jakarta.deskpilkada.issues.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.issues.internal.OverdueForTests;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiaisonQueueViewTests extends IssueScreenTests {

    @Test
    void a_new_referral_appears_in_the_liaisons_queue_by_push() {
        login("kejati");
        UI.getCurrent().navigate("rujukan");
        LiaisonQueueView queue = _get(LiaisonQueueView.class);
        assertThat(queue.unit.getValue().code()).isEqualTo("KEJATI");

        IssueInfo issue = referred("Dugaan pemalsuan dokumen pencalonan", Severity.TINGGI, "KEJATI");
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(textOf(queue.open))
                    .contains("#" + issue.id() + " Dugaan pemalsuan dokumen pencalonan")
                    .contains("Belum diterima; batas");
        });
    }

    @Test
    void late_referrals_come_first_in_red_with_how_late_they_are() {
        IssueInfo onTime = referred("Penertiban APK di taman kota", Severity.RENDAH, "KODAM");
        IssueInfo late = referred("Pengerahan massa ke kantor panitia pengawas", Severity.KRITIS, "KODAM");
        login("sekda");
        UI.getCurrent().navigate("rujukan");
        LiaisonQueueView queue = _get(LiaisonQueueView.class);
        assertThat(queue.unit.isVisible()).isTrue();
        _setValue(queue.unit, staff.unit(unit("KODAM")).orElseThrow());

        // Fifteen minutes for a critical referral, eight hours for a low one: the watch flags the first.
        OverdueForTests.flagAsIfLater(context, Duration.ofMinutes(16));
        queue.refresh();
        List<Component> cards = queue.open.getChildren().toList();
        int lateAt = indexOf(cards, late);
        int onTimeAt = indexOf(cards, onTime);
        assertThat(lateAt).isNotNegative().isLessThan(onTimeAt);
        Component lateCard = cards.get(lateAt);
        assertThat(lateCard.getElement().getClassList()).contains("referral-late");
        assertThat(textOf(lateCard)).containsPattern("Belum diterima; batas .* WIB, terlambat \\d+ menit");
        assertThat(cards.get(onTimeAt).getElement().getClassList()).doesNotContain("referral-late");
        assertThat(queue.summary.getText()).matches("\\d+ rujukan terbuka, \\d+ belum diterima, [1-9]\\d* terlambat");
    }

    @Test
    void lateness_reads_in_minutes_then_hours_and_minutes() {
        login("sekda");
        UI.getCurrent().navigate("rujukan");
        LiaisonQueueView queue = _get(LiaisonQueueView.class);
        assertThat(Due.words(Duration.ofSeconds(20), queue)).isEqualTo("1 menit");
        assertThat(Due.words(Duration.ofMinutes(25), queue)).isEqualTo("25 menit");
        assertThat(Due.words(Duration.ofMinutes(75), queue)).isEqualTo("1 jam 15 menit");
    }

    private static int indexOf(List<Component> cards, IssueInfo issue) {
        for (int i = 0; i < cards.size(); i++) {
            if (textOf(cards.get(i)).contains("#" + issue.id() + " ")) {
                return i;
            }
        }
        return -1;
    }
}
