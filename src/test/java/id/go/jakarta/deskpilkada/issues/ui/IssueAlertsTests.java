package id.go.jakarta.deskpilkada.issues.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.issues.internal.OverdueForTests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IssueAlertsTests extends IssueScreenTests {

    @Test
    void a_liaison_is_told_once_of_a_referral_to_his_agency_and_opens_it_from_the_notification() {
        login("polda");
        IssueInfo issue = referred("Bentrok pendukung di depan posko pemenangan", Severity.KRITIS, "POLDA");
        String expected = "Permasalahan #" + issue.id() + " dirujuk ke Polda Metro Jaya: "
                + "Bentrok pendukung di depan posko pemenangan";
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(notifications()).anySatisfy(n -> assertThat(n).contains(expected));
        });
        settle();
        assertThat(notifications())
                .filteredOn(n -> n.contains("#" + issue.id() + " "))
                .hasSize(1);

        Notification alert = NotificationsKt.getNotifications().stream()
                .filter(n -> notificationText(n).contains(expected))
                .findFirst()
                .orElseThrow();
        _click(_get(alert, Button.class, spec -> spec.withText("Buka")));
        assertThat(alert.isOpened()).isFalse();
        assertThat(_get(IssueDetailView.class).heading.getText())
                .isEqualTo("#" + issue.id() + " Bentrok pendukung di depan posko pemenangan");
    }

    @Test
    void another_agencys_liaison_is_not_told() {
        login("kodam");
        IssueInfo issue = referred("Pembakaran ban di jalan protokol", Severity.TINGGI, "POLDA");
        settle();
        assertThat(notifications()).noneMatch(n -> n.contains("#" + issue.id() + " "));
    }

    @Test
    void the_provincial_post_is_told_of_an_escalation_and_of_a_late_referral() {
        login("ketua.balaikota");
        IssueInfo issue = file(
                "ketua.jakpus",
                "Ketegangan antar pendukung meluas ke wilayah lain",
                "KAMTIBMAS",
                Severity.KRITIS,
                GAMBIR_KEL);
        as("ketua.jakpus", () -> issues.escalate(issue.id(), issue.version(), "Melibatkan dua wilayah"));
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(notifications())
                    .anySatisfy(
                            n -> assertThat(n)
                                    .contains(
                                            "Permasalahan #" + issue.id()
                                                    + " dieskalasi ke Posko Balai Kota: Ketegangan antar pendukung meluas ke wilayah lain"));
        });

        IssueInfo late = referred("Massa menghadang distribusi logistik", Severity.KRITIS, "KODAM");
        OverdueForTests.flagAsIfLater(context, Duration.ofMinutes(16));
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(notifications())
                    .anySatisfy(n -> assertThat(n)
                            .contains("Rujukan #" + late.id() + " ke Kodam Jaya belum diterima melewati batas waktu"));
        });
    }

    @Test
    void the_owning_chief_is_told_when_the_agency_acknowledges() {
        login("ketua.jakpus");
        IssueInfo issue = referred("Pengrusakan alat peraga kampanye", Severity.SEDANG, "POLDA");
        as("polda", () -> issues.acknowledge(issue.id(), "Regu patroli menuju lokasi"));
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(notifications())
                    .anySatisfy(n -> assertThat(n)
                            .contains("Polda Metro Jaya menerima rujukan #" + issue.id()
                                    + ": Pengrusakan alat peraga kampanye"));
        });
    }

    /** Gives late or repeated deliveries the time to arrive, then shows them. */
    private static void settle() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MockVaadin.runUIQueue();
    }
}
