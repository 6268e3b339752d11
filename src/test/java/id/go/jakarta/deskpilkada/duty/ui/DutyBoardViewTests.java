package id.go.jakarta.deskpilkada.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyBoardViewTests extends KaribuTest {

    @Test
    void the_chief_sees_todays_people_and_marks_one_absent() {
        login("ketua.jakbar");
        UI.getCurrent().navigate("kehadiran");
        DutyBoardView view = _get(DutyBoardView.class);
        assertThat(view.post.isVisible()).isFalse();
        assertThat(view.post.getValue().code()).isEqualTo("JAKBAR");
        List<AssignmentInfo> board = view.grid.getGenericDataView().getItems().toList();
        assertThat(board)
                .isNotEmpty()
                .allMatch(a -> a.poskoId() == view.post.getValue().id());
        assertThat(view.coverage.getElement().getTextRecursively()).contains("petugas wajib");
        // One QR code per shift open for sign-in, pointing at the phone page.
        assertThat(view.codes.getChildren().flatMap(c -> c.getChildren()).filter(Image.class::isInstance))
                .isNotEmpty();

        AssignmentInfo running = board.stream()
                .filter(a -> a.endsAt().isAfter(java.time.Instant.now()) && a.status() != AttendanceStatus.ABSENT)
                .findFirst()
                .orElseThrow();
        assertThat(view.mark(running, AttendanceStatus.ABSENT)).isTrue();
        // The running shift is now short: the alert reaches the chief's screen by push.
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(NotificationsKt.getNotifications())
                    .anySatisfy(n -> assertThat(n.getElement().getTextRecursively()
                                    + n.getChildren()
                                            .map(c -> c.getElement().getTextRecursively())
                                            .reduce("", String::concat))
                            .contains("Posko Jakarta Barat kekurangan petugas"));
        });
        NotificationsKt.getNotifications().forEach(com.vaadin.flow.component.notification.Notification::close);
        MockVaadin.clientRoundtrip(false);
        AssignmentInfo marked = view.grid
                .getGenericDataView()
                .getItems()
                .filter(a -> a.id() == running.id())
                .findFirst()
                .orElseThrow();
        assertThat(marked.status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(marked.changedBy()).isEqualTo("ketua.jakbar");

        // A stale click (the version the button was drawn with) is refused, not applied twice.
        assertThat(view.mark(running, AttendanceStatus.IZIN)).isFalse();
        NotificationsKt.expectNotifications("Jadwal ini baru saja diubah orang lain. Muat ulang lalu coba lagi.");
    }

    @Test
    void a_chief_cannot_open_another_posts_board() {
        login("ketua.jakbar");
        UI.getCurrent().navigate("kehadiran");
        DutyBoardView view = _get(DutyBoardView.class);
        assertThat(view.post.getListDataView().getItems().map(p -> p.code()).toList())
                .containsExactly("JAKBAR");
    }
}
