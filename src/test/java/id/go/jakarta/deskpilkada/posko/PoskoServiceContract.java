package id.go.jakarta.deskpilkada.posko;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What {@link PoskoService} guarantees, against whichever database the subclass configures. */
public abstract class PoskoServiceContract {

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected LiveEventBus bus;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void there_are_seven_posts_with_balai_kota_first() {
        List<PoskoTile> tiles = posko.tiles();
        assertThat(tiles)
                .extracting(PoskoTile::code)
                .containsExactly("BALAIKOTA", "JAKPUS", "JAKUT", "JAKBAR", "JAKSEL", "JAKTIM", "KEPSERIBU");
        assertThat(tiles.getFirst().level()).isEqualTo(PoskoLevel.PROVINSI);
        assertThat(tiles).filteredOn(t -> t.level() == PoskoLevel.WILAYAH).hasSize(6);
        assertThat(byCode("KEPSERIBU").wilayahName()).isEqualTo("Kepulauan Seribu");
    }

    @Test
    void leadership_changes_any_post_and_the_history_records_who_and_why() {
        SignIn.as(context, "sekda");
        PoskoTile before = byCode("JAKTIM");
        AlertLevel target = another(before.alertLevel());

        PoskoTile after =
                posko.changeAlertLevel(before.id(), target, "  Unjuk rasa di depan kantor KPU  ", before.version());

        assertThat(after.alertLevel()).isEqualTo(target);
        assertThat(after.version()).isGreaterThan(before.version());
        AlertHistoryEntry last = posko.alertHistory(before.id(), 1).getFirst();
        assertThat(last.from()).isEqualTo(before.alertLevel());
        assertThat(last.to()).isEqualTo(target);
        assertThat(last.reason()).isEqualTo("Unjuk rasa di depan kantor KPU");
        assertThat(last.changedBy()).isEqualTo("Sekretaris Daerah Provinsi DKI Jakarta");
        assertThat(byCode("JAKTIM").alertLevel()).isEqualTo(target);
    }

    @Test
    void a_chief_changes_the_alert_level_of_his_own_post() {
        SignIn.as(context, "ketua.jakbar");
        PoskoTile before = byCode("JAKBAR");
        AlertLevel target = another(before.alertLevel());

        posko.changeAlertLevel(before.id(), target, "Genangan air di beberapa TPS", before.version());

        assertThat(byCode("JAKBAR").alertLevel()).isEqualTo(target);
        assertThat(byCode("JAKBAR").alertChangedBy()).isEqualTo("Ketua Posko Jakarta Barat");
    }

    @Test
    void a_chief_cannot_change_another_post_even_with_a_forged_request() {
        SignIn.as(context, "ketua.jakbar");
        PoskoTile other = byCode("JAKUT");
        int historyBefore = posko.alertHistory(other.id(), 500).size();

        assertThatThrownBy(
                        () -> posko.changeAlertLevel(other.id(), another(other.alertLevel()), "Coba", other.version()))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("posko.alert.forbidden");
                });
        assertNothingChanged(other, historyBefore);
    }

    @Test
    void officers_liaisons_and_admins_cannot_change_an_alert_level() {
        PoskoTile post = byCode("JAKPUS");
        SignIn.as(context, "sekda");
        int historyBefore = posko.alertHistory(post.id(), 500).size();
        for (String username : List.of("petugas.jakpus", "polda", "bakesbangpol", "admin")) {
            SignIn.as(context, username);
            assertThatThrownBy(
                            () -> posko.changeAlertLevel(post.id(), another(post.alertLevel()), "Coba", post.version()))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        }
        assertNothingChanged(post, historyBefore);
    }

    @Test
    void nobody_signed_in_can_change_anything() {
        PoskoTile post = byCode("JAKPUS");
        assertThatThrownBy(() -> posko.changeAlertLevel(post.id(), AlertLevel.AWAS, "Coba", post.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("auth.required"));
    }

    @Test
    void an_empty_or_over_long_reason_is_refused_and_nothing_changes() {
        SignIn.as(context, "sekda");
        PoskoTile post = byCode("JAKSEL");
        int historyBefore = posko.alertHistory(post.id(), 500).size();
        AlertLevel target = another(post.alertLevel());

        assertThatThrownBy(() -> posko.changeAlertLevel(post.id(), target, "   ", post.version()))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("posko.alert.reason.empty");
                });
        assertThatThrownBy(() -> posko.changeAlertLevel(post.id(), target, "x".repeat(501), post.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("posko.alert.reason.tooLong"));
        assertNothingChanged(post, historyBefore);

        posko.changeAlertLevel(post.id(), target, "y".repeat(500), post.version());
        assertThat(byCode("JAKSEL").alertReason()).hasSize(500);
    }

    @Test
    void an_unknown_post_is_reported_as_not_found() {
        SignIn.as(context, "sekda");
        assertThatThrownBy(() -> posko.changeAlertLevel(999_999, AlertLevel.AWAS, "Coba", 0))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND);
                    assertThat(e.args()).containsExactly("999999");
                });
    }

    @Test
    void a_change_against_a_stale_version_is_refused_and_names_who_changed_it() {
        SignIn.as(context, "ketua.kepseribu");
        PoskoTile seenByBoth = byCode("KEPSERIBU");
        posko.changeAlertLevel(
                seenByBoth.id(), another(seenByBoth.alertLevel()), "Gelombang tinggi", seenByBoth.version());
        PoskoTile afterFirst = byCode("KEPSERIBU");
        int historyBefore = posko.alertHistory(seenByBoth.id(), 500).size();

        SignIn.as(context, "sekda");
        assertThatThrownBy(() -> posko.changeAlertLevel(
                        seenByBoth.id(), another(afterFirst.alertLevel()), "Keputusan pimpinan", seenByBoth.version()))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(e.args()).containsExactly("Ketua Posko Kepulauan Seribu");
                });
        assertNothingChanged(afterFirst, historyBefore);
    }

    @Test
    void a_committed_change_reaches_subscribers_after_the_snapshot_holds_it() {
        SignIn.as(context, "sekda");
        PoskoTile before = byCode("JAKPUS");
        AlertLevel target = another(before.alertLevel());
        List<AlertLevel> seenOnEvent = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived a
                    && a.envelope().event() instanceof PoskoAlertLevelChanged c
                    && c.poskoId() == before.id()) {
                seenOnEvent.add(posko.tile(c.poskoId()).orElseThrow().alertLevel());
            }
        });
        try {
            posko.changeAlertLevel(before.id(), target, "Massa berkumpul", before.version());
            await().atMost(Duration.ofSeconds(5)).until(() -> !seenOnEvent.isEmpty());
            assertThat(seenOnEvent).containsExactly(target);
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void a_refused_change_publishes_nothing() throws InterruptedException {
        SignIn.as(context, "ketua.jakbar");
        PoskoTile other = byCode("JAKUT");
        List<LiveSignal> signals = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = bus.subscribe(signals::add);
        try {
            assertThatThrownBy(() -> posko.changeAlertLevel(other.id(), AlertLevel.AWAS, "Coba", other.version()))
                    .isInstanceOf(DeskException.class);
            Thread.sleep(300);
            // Other things may happen meanwhile (the missed-report watch runs every 30 s): none of it
            // may be an alert change.
            assertThat(signals)
                    .noneMatch(s -> s instanceof LiveSignal.Arrived arrived
                            && arrived.envelope().event() instanceof PoskoAlertLevelChanged);
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void a_lost_snapshot_is_rebuilt_from_the_database() {
        SignIn.as(context, "sekda");
        PoskoTile before = byCode("JAKPUS");
        posko.changeAlertLevel(before.id(), another(before.alertLevel()), "Sebelum snapshot hilang", before.version());
        PoskoTile committed = byCode("JAKPUS");

        context.getBean(HazelcastInstance.class)
                .getMap(LiveSnapshots.mapName("posko"))
                .clear();

        assertThat(posko.tiles()).hasSize(7);
        assertThat(byCode("JAKPUS")).isEqualTo(committed);
    }

    @Test
    void a_lost_snapshot_that_got_one_tile_back_from_a_late_event_is_refilled_too() {
        PoskoTile jaksel = byCode("JAKSEL");
        // Other tests of the same context may have added posts: as many as there are now.
        int inService = posko.tiles().size();
        int held = snapshotMap().size();
        snapshotMap().clear();
        // An event relayed after the loss puts its one post back: the map is no longer empty.
        snapshotMap().set(jaksel.id(), jaksel);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            posko.tiles();
            assertThat(snapshotMap().size()).isEqualTo(held);
        });
        assertThat(posko.tiles()).hasSize(inService);
    }

    @Test
    void a_snapshot_left_behind_by_a_failed_update_is_repaired_and_the_post_stays_changeable() {
        SignIn.as(context, "sekda");
        PoskoTile before = byCode("JAKTIM");
        posko.changeAlertLevel(before.id(), another(before.alertLevel()), "Perubahan pertama", before.version());
        // The relay puts the commit into the snapshot inline when idle, else a moment later.
        await().atMost(Duration.ofSeconds(5)).until(() -> byCode("JAKTIM").version() > before.version());
        PoskoTile committed = byCode("JAKTIM");
        // As if the snapshot update after commit had failed: the map still holds the old tile.
        snapshotMap().set(before.id(), before);

        assertThatThrownBy(
                        () -> posko.changeAlertLevel(before.id(), AlertLevel.AWAS, "Dari layar lama", before.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        // The refusal brought the snapshot up to date, so a reload shows the truth and the change works.
        PoskoTile reloaded = posko.tile(before.id()).orElseThrow();
        assertThat(reloaded).isEqualTo(committed);
        posko.changeAlertLevel(before.id(), another(reloaded.alertLevel()), "Setelah muat ulang", reloaded.version());
    }

    @Test
    void reconciliation_repairs_stale_missing_and_phantom_tiles_and_tells_every_view() {
        PoskoTile jakut = byCode("JAKUT");
        PoskoTile jakpus = byCode("JAKPUS");
        PoskoTile jakbar = byCode("JAKBAR");
        List<LiveSignal> signals = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = bus.subscribe(signals::add);
        try {
            // The scheduled reconciliation (every 15 s) may repair the map between our damage and
            // our call; then our call finds nothing to do, so the damage is done again (at most 3 times).
            boolean repaired = false;
            for (int attempt = 0; attempt < 3 && !repaired; attempt++) {
                snapshotMap().set(jakut.id(), withVersion(jakut, jakut.version() - 1));
                snapshotMap().delete(jakpus.id());
                snapshotMap().set(jakbar.id(), withVersion(jakbar, jakbar.version() + 5));
                repaired = context.getBean(LiveSnapshots.class).reconcileNow();
            }

            assertThat(repaired).as("reconcileNow reports the repair it made").isTrue();

            assertThat(snapshotMap().get(jakut.id())).isEqualTo(jakut);
            assertThat(snapshotMap().get(jakpus.id())).isEqualTo(jakpus);
            assertThat(snapshotMap().get(jakbar.id())).isEqualTo(jakbar);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> signals.stream().anyMatch(s -> s instanceof LiveSignal.Resync));
            assertThat(context.getBean(LiveSnapshots.class).reconcileNow()).isFalse();
        } finally {
            unsubscribe.run();
        }
    }

    private com.hazelcast.map.IMap<Long, PoskoTile> snapshotMap() {
        return context.getBean(HazelcastInstance.class).getMap(LiveSnapshots.mapName("posko"));
    }

    private static PoskoTile withVersion(PoskoTile t, long version) {
        return new PoskoTile(
                t.id(),
                t.code(),
                t.name(),
                t.level(),
                t.wilayahCode(),
                t.wilayahName(),
                t.address(),
                t.sortOrder(),
                t.alertLevel(),
                t.alertReason(),
                t.alertChangedBy(),
                t.alertChangedAt(),
                version,
                t.active());
    }

    protected PoskoTile byCode(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    protected static AlertLevel another(AlertLevel level) {
        return AlertLevel.values()[(level.ordinal() + 1) % AlertLevel.values().length];
    }

    private void assertNothingChanged(PoskoTile before, int historyBefore) {
        PoskoTile now = byCode(before.code());
        assertThat(now.version()).isEqualTo(before.version());
        assertThat(now.alertLevel()).isEqualTo(before.alertLevel());
        assertThat(posko.alertHistory(before.id(), 500)).hasSize(historyBefore);
    }
}
