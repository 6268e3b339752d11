package id.go.jakarta.deskpilkada.posko.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.flow.component.notification.Notification;
import id.go.jakarta.deskpilkada.KaribuSupport;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.TestNodes;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ApplicationContext;

/**
 * Two nodes on 127.0.0.1: a change committed on node A reaches a screen attached to node B. Run on
 * H2 ({@link OverviewAcrossNodesIT}) and on PostgreSQL ({@link OverviewAcrossNodesPostgresIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OverviewAcrossNodesContract {
    // Also duty's gap alerts: they ride the same path and these nodes are already running.

    private TestNodes nodes;

    /** {@code key=value} settings that choose the database both nodes share. */
    abstract List<String> database();

    @BeforeAll
    void startTwoNodes() {
        nodes = new TestNodes(2, database().toArray(String[]::new));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> nodes.node(0)
                                        .getBean(HazelcastInstance.class)
                                        .getCluster()
                                        .getMembers()
                                        .size()
                                == 2
                        && nodes.node(1)
                                        .getBean(HazelcastInstance.class)
                                        .getCluster()
                                        .getMembers()
                                        .size()
                                == 2);
    }

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @AfterEach
    void closeUi() {
        KaribuSupport.tearDown();
    }

    @Test
    void an_alert_change_on_node_a_appears_on_an_overview_open_on_node_b() {
        ApplicationContext a = nodes.node(0);
        ApplicationContext b = nodes.node(1);
        KaribuSupport.startUi(b);
        KaribuSupport.login(b, "sekda");
        PoskoCard card = _get(OverviewView.class).cards.get("JAKUT");

        SignIn.as(a, "ketua.jakut");
        PoskoService onA = a.getBean(PoskoService.class);
        PoskoTile before = onA.tiles().stream()
                .filter(t -> t.code().equals("JAKUT"))
                .findFirst()
                .orElseThrow();
        AlertLevel target = before.alertLevel() == AlertLevel.SIAGA ? AlertLevel.AWAS : AlertLevel.SIAGA;
        long committed = System.nanoTime();
        onA.changeAlertLevel(before.id(), target, "Pengerahan massa ke kantor KPU Jakarta Utara", before.version());

        await().pollInSameThread()
                .pollInterval(Duration.ofMillis(10))
                .atMost(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertThat(card.getElement().getAttribute("data-alert")).isEqualTo(target.name());
                });
        System.out.printf(
                "[desk-pilkada] node A commit -> node B overview rendered: %.1f ms%n",
                (System.nanoTime() - committed) / 1e6);
        assertThat(card.changed.getText()).startsWith("Diubah oleh Ketua Posko Jakarta Utara");
        assertThat(card.reason.getText()).isEqualTo("Pengerahan massa ke kantor KPU Jakarta Utara");
    }

    @Test
    void a_coverage_gap_opened_on_node_a_reaches_the_chiefs_screen_on_node_b() {
        ApplicationContext a = nodes.node(0);
        ApplicationContext b = nodes.node(1);
        KaribuSupport.startUi(b);
        KaribuSupport.login(b, "ketua.jakbar");
        NotificationsKt.getNotifications().forEach(Notification::close);

        SignIn.as(a, "ketua.jakbar");
        AttendanceService attendance = a.getBean(AttendanceService.class);
        long post = a.getBean(PoskoService.class).tiles().stream()
                .filter(t -> t.code().equals("JAKBAR"))
                .findFirst()
                .orElseThrow()
                .id();
        AssignmentInfo present = attendance.board(post).stream()
                .filter(e -> e.onDuty() && e.endsAt().isAfter(java.time.Instant.now()))
                .findFirst()
                .orElseThrow();
        long committed = System.nanoTime();
        attendance.mark(present.id(), present.version(), AttendanceStatus.ABSENT, "Sakit mendadak");

        await().pollInSameThread()
                .pollInterval(Duration.ofMillis(10))
                .atMost(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertThat(NotificationsKt.getNotifications())
                            .anySatisfy(n -> assertThat(n.getChildren()
                                            .map(c -> c.getElement().getTextRecursively())
                                            .reduce("", String::concat))
                                    .startsWith("Posko Jakarta Barat kekurangan petugas: 1 "));
                });
        System.out.printf(
                "[desk-pilkada] node A gap -> node B chief notified: %.1f ms%n", (System.nanoTime() - committed) / 1e6);
        assertThat(b.getBean(CoverageService.class).now(post).orElseThrow().gap())
                .isTrue();
    }

    @Test
    void both_nodes_read_the_same_snapshot() {
        SignIn.as(nodes.node(0), "sekda");
        PoskoService onA = nodes.node(0).getBean(PoskoService.class);
        PoskoService onB = nodes.node(1).getBean(PoskoService.class);
        PoskoTile before = onA.tiles().stream()
                .filter(t -> t.code().equals("JAKSEL"))
                .findFirst()
                .orElseThrow();
        AlertLevel target = before.alertLevel() == AlertLevel.WASPADA ? AlertLevel.NORMAL : AlertLevel.WASPADA;
        onA.changeAlertLevel(before.id(), target, "Hujan deras, genangan di TPS", before.version());

        assertThat(onB.tile(before.id()).orElseThrow().alertLevel()).isEqualTo(target);
        assertThat(onB.tiles()).isEqualTo(onA.tiles());
    }
}
