package id.go.jakarta.deskpilkada.posko.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OverviewViewTests extends KaribuTest {

    @Autowired
    PoskoService posko;

    @Test
    void leadership_sees_all_seven_posts_and_may_change_each() {
        login("sekda");
        OverviewView view = _get(OverviewView.class);
        assertThat(view.cards).hasSize(7);
        assertThat(view.cards.values()).allMatch(c -> c.change.isVisible());
        assertThat(view.cards.get("BALAIKOTA").name.getText()).isEqualTo("Posko Balai Kota");
        assertThat(view.stage.getText()).startsWith("Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2017");
    }

    @Test
    void a_chief_may_change_only_his_own_post() {
        login("ketua.jakpus");
        OverviewView view = _get(OverviewView.class);
        assertThat(view.cards.entrySet())
                .allMatch(e -> e.getValue().change.isVisible() == e.getKey().equals("JAKPUS"));
    }

    @Test
    void an_officer_and_a_liaison_see_the_overview_but_change_nothing() {
        for (String user : new String[] {"petugas.jaksel", "kodam"}) {
            login(user);
            OverviewView view = _get(OverviewView.class);
            assertThat(view.cards).hasSize(7);
            assertThat(view.cards.values()).noneMatch(c -> c.change.isVisible());
        }
    }

    @Test
    void a_change_made_in_the_dialog_appears_on_the_card_by_push() {
        login("sekda");
        PoskoCard card = _get(OverviewView.class).cards.get("JAKUT");
        AlertLevel target = another(tile("JAKUT").alertLevel());

        _click(card.change);
        AlertChangeDialog dialog = _get(AlertChangeDialog.class);
        _setValue(dialog.level, target);
        _setValue(dialog.reason, "Bentrok antarpendukung di Koja");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Status Posko Jakarta Utara kini " + label(target) + ".");
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(card.badge.getText()).isEqualTo(label(target));
            assertThat(card.reason.getText()).isEqualTo("Bentrok antarpendukung di Koja");
            assertThat(card.changed.getText()).startsWith("Diubah oleh Sekretaris Daerah Provinsi DKI Jakarta");
        });
    }

    @Test
    void an_empty_reason_is_explained_in_the_dialog_and_nothing_changes() {
        login("ketua.jaktim");
        PoskoTile before = tile("JAKTIM");
        _click(_get(OverviewView.class).cards.get("JAKTIM").change);
        AlertChangeDialog dialog = _get(AlertChangeDialog.class);
        _setValue(dialog.level, another(before.alertLevel()));
        _setValue(dialog.reason, "   ");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Alasan wajib diisi.");
        assertThat(tile("JAKTIM").version()).isEqualTo(before.version());
    }

    @Test
    void an_over_long_reason_is_explained_and_nothing_changes() {
        login("sekda");
        PoskoTile before = tile("JAKPUS");
        _click(_get(OverviewView.class).cards.get("JAKPUS").change);
        AlertChangeDialog dialog = _get(AlertChangeDialog.class);
        _setValue(dialog.level, another(before.alertLevel()));
        _setValue(dialog.reason, "x".repeat(501));
        _click(dialog.save);

        assertThat(dialog.error.getText()).isEqualTo("Alasan terlalu panjang: paling banyak 500 karakter.");
        assertThat(tile("JAKPUS").version()).isEqualTo(before.version());
    }

    @Test
    void a_forged_request_for_another_post_is_refused_in_indonesian_and_nothing_changes() {
        login("ketua.jakpus");
        PoskoTile other = tile("JAKUT");
        // The chief's screen offers no button for JAKUT; a tampered client could still send one.
        AlertChangeDialog forged = new AlertChangeDialog(posko, other);
        forged.open();
        _setValue(forged.level, another(other.alertLevel()));
        _setValue(forged.reason, "Permintaan palsu");
        _click(forged.save);

        assertThat(forged.error.getText()).isEqualTo("Anda hanya dapat mengubah status posko Anda sendiri.");
        assertThat(tile("JAKUT").version()).isEqualTo(other.version());
        assertThat(tile("JAKUT").alertLevel()).isEqualTo(other.alertLevel());
    }

    @Test
    void a_concurrent_change_is_reported_and_the_dialog_can_reload() {
        login("sekda");
        _click(_get(OverviewView.class).cards.get("JAKBAR").change);
        AlertChangeDialog dialog = _get(AlertChangeDialog.class);
        PoskoTile seen = tile("JAKBAR");

        SignIn.as(context, "ketua.jakbar");
        AlertLevel theirs = another(seen.alertLevel());
        posko.changeAlertLevel(seen.id(), theirs, "Keputusan ketua posko", seen.version());
        SignIn.as(context, "sekda");

        _setValue(dialog.level, another(theirs));
        _setValue(dialog.reason, "Keputusan pimpinan");
        _click(dialog.save);
        assertThat(dialog.error.getText()).contains("baru saja diubah oleh Ketua Posko Jakarta Barat");
        assertThat(dialog.reload.isVisible()).isTrue();
        assertThat(dialog.save.isEnabled()).isFalse();
        assertThat(tile("JAKBAR").alertLevel()).isEqualTo(theirs);

        _click(dialog.reload);
        assertThat(dialog.level.getValue()).isEqualTo(theirs);
        assertThat(dialog.error.isVisible()).isFalse();
        assertThat(dialog.save.isEnabled()).isTrue();
    }

    @Test
    void the_history_lists_the_latest_change_first() {
        login("sekda");
        PoskoTile before = tile("KEPSERIBU");
        SignIn.as(context, "sekda");
        posko.changeAlertLevel(before.id(), another(before.alertLevel()), "Kapal logistik tertunda", before.version());

        _click(_get(OverviewView.class).cards.get("KEPSERIBU").history);
        AlertHistoryDialog dialog = _get(AlertHistoryDialog.class);
        assertThat(dialog.grid
                        .getGenericDataView()
                        .getItems()
                        .findFirst()
                        .orElseThrow()
                        .reason())
                .isEqualTo("Kapal logistik tertunda");
    }

    private PoskoTile tile(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static AlertLevel another(AlertLevel level) {
        return AlertLevel.values()[(level.ordinal() + 1) % AlertLevel.values().length];
    }

    private static String label(AlertLevel level) {
        return switch (level) {
            case NORMAL -> "Normal";
            case WASPADA -> "Waspada";
            case SIAGA -> "Siaga";
            case AWAS -> "Awas";
        };
    }
}
