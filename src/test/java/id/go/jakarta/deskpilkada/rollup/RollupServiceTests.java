package id.go.jakarta.deskpilkada.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.RowsWrittenBySql;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.rollup.RollupService.Rollup;
import id.go.jakarta.deskpilkada.rollup.RollupService.Row;
import id.go.jakarta.deskpilkada.rollup.internal.DeskCountsKeeper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The roll-up (issue 18, item 2): a kabupaten/kota desk's counts reach its province's desk and the
 * national desk as counts, worst first, a reader reaches only his desk's branch, and a change in a
 * desk recounts it and wakes the roll-ups that sum it.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "desk.rollup.background=true")
class RollupServiceTests {

    @Autowired
    DeskService desks;

    @Autowired
    RollupService rollups;

    @Autowired
    DeskCountsKeeper keeper;

    @Autowired
    PoskoService posko;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LiveSnapshots snapshots;

    @Autowired
    LiveEventBus bus;

    DeskInfo westJava;
    DeskInfo bogor;
    DeskInfo bandung;

    /**
     * West Java with two kabupaten/kota desks, each with posts and issues of its own written straight
     * into the database (fresh codes per test): Bogor one AWAS and one SIAGA post and a critical and
     * a high issue, Bandung one WASPADA post and one low issue, and one closed issue that is not
     * counted.
     */
    @BeforeEach
    void threeDesks() {
        westJava = CurrentActor.asSystem(() -> desks.open("32"));
        bogor = CurrentActor.asSystem(() -> desks.open("32.01"));
        bandung = CurrentActor.asSystem(() -> desks.open("32.73"));
        // Earlier tests' issues stay (their timelines point at them), closed.
        jdbc.sql("update issue set status = 'SELESAI' where desk_id in (:desks)")
                .param("desks", List.of(bogor.id(), bandung.id()))
                .update();
        // Earlier tests' posts stay (their alert history points at them), out of service.
        jdbc.sql("update posko set active = false where desk_id in (:desks)")
                .param("desks", List.of(bogor.id(), bandung.id()))
                .update();
        long awas = post(bogor, AlertLevel.AWAS);
        post(bogor, AlertLevel.SIAGA);
        long waspada = post(bandung, AlertLevel.WASPADA);
        issue(bogor, awas, "KRITIS", "BARU");
        issue(bogor, awas, "TINGGI", "DITANGANI");
        issue(bandung, waspada, "RENDAH", "TERVERIFIKASI");
        issue(bandung, waspada, "KRITIS", "SELESAI");
        RowsWrittenBySql.announce(snapshots, bus);
        Instant before = Instant.now();
        keeper.recount(List.of(bogor.id(), bandung.id()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            var held = keeper.counts(List.of(bogor.id(), bandung.id()));
            return held.size() == 2
                    && held.values().stream().allMatch(c -> !c.countedAt().isBefore(before));
        });
    }

    @Test
    void a_kabupaten_desks_counts_reach_its_province_and_the_nation_worst_first() {
        Rollup nation = as(Role.PIMPINAN, nationalDesk(), rollups::overview);
        assertThat(nation.desk().code()).isEqualTo(DeskInfo.NATIONAL);
        assertThat(nation.rows()).extracting(r -> r.desk().code()).contains("32");
        Row province = nation.rows().stream()
                .filter(r -> r.desk().code().equals("32"))
                .findFirst()
                .orElseThrow();
        // The worst grade in West Java is Bogor's AWAS post: nothing can come before it but AWAS.
        assertThat(province.counts().worst()).isEqualTo(AlertLevel.AWAS);
        assertThat(nation.rows().getFirst().counts().worst()).isEqualTo(AlertLevel.AWAS);
        assertThat(province.counts().awas()).isGreaterThanOrEqualTo(1);

        Rollup westJavaRollup = as(Role.PIMPINAN, nationalDesk(), () -> rollups.of("32"));
        assertThat(westJavaRollup.path()).extracting(DeskInfo::code).containsExactly("ID", "32");
        Row first = westJavaRollup.rows().getFirst();
        assertThat(first.desk().code()).isEqualTo("32.01");
        assertThat(first.counts())
                .extracting(
                        DeskCounts::posts,
                        DeskCounts::awas,
                        DeskCounts::siaga,
                        DeskCounts::issuesOpen,
                        DeskCounts::issuesCritical,
                        DeskCounts::issuesHigh)
                .containsExactly(2, 1, 1, 2, 1, 1);
        Row second = westJavaRollup.rows().stream()
                .filter(r -> r.desk().code().equals("32.73"))
                .findFirst()
                .orElseThrow();
        // The closed critical issue is not counted: one open issue, a low one.
        assertThat(second.counts())
                .extracting(DeskCounts::posts, DeskCounts::waspada, DeskCounts::issuesOpen, DeskCounts::issuesCritical)
                .containsExactly(1, 1, 1, 0);
        assertThat(westJavaRollup.total().posts())
                .isEqualTo(westJavaRollup.rows().stream()
                                .mapToInt(r -> r.counts().posts())
                                .sum()
                        + (westJavaRollup.own() == null
                                ? 0
                                : westJavaRollup.own().posts()));
        assertThat(westJavaRollup.branch()).contains(westJava.id(), bogor.id(), bandung.id());

        Rollup bogorRollup = as(Role.PIMPINAN, nationalDesk(), () -> rollups.of("32.01"));
        assertThat(bogorRollup.rows()).isEmpty();
        assertThat(bogorRollup.own()).isEqualTo(first.counts());
        assertThat(bogorRollup.path()).extracting(DeskInfo::code).containsExactly("ID", "32", "32.01");
    }

    @Test
    void a_desks_people_reach_its_branch_and_nothing_beside_or_above_it() {
        Rollup province = as(Role.PIMPINAN, westJava.id(), rollups::overview);
        assertThat(province.desk().code()).isEqualTo("32");
        assertThat(province.path()).extracting(DeskInfo::code).containsExactly("32");
        assertThat(as(Role.FORKOPIMDA, westJava.id(), () -> rollups.of("32.73")).own())
                .isNotNull();
        for (String elsewhere : List.of("ID", "31", "33", "33.01")) {
            assertThatThrownBy(() -> as(Role.PIMPINAN, westJava.id(), () -> rollups.of(elsewhere)))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("rollup.desk.unknown"));
        }
        assertThatThrownBy(() -> as(Role.BAKESBANGPOL, bogor.id(), () -> rollups.of("32")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> as(Role.PIMPINAN, bogor.id(), () -> rollups.of("32.73")))
                .isInstanceOf(DeskException.class);
        assertThat(as(Role.LAYAR, bogor.id(), rollups::overview).desk().code()).isEqualTo("32.01");
    }

    @Test
    void post_chiefs_officers_and_integrations_read_no_roll_up() {
        for (Role role : List.of(Role.KETUA_POSKO, Role.PETUGAS, Role.INTEGRASI)) {
            assertThatThrownBy(() -> as(role, westJava.id(), rollups::overview))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        }
    }

    @Test
    void a_change_in_a_kabupaten_desk_recounts_it_and_announces_it_to_the_roll_ups() {
        List<Long> announced = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = keeper.subscribe(announced::add);
        try {
            PoskoTile siaga = as(
                    Role.PIMPINAN,
                    bogor.id(),
                    () -> posko.tiles().stream()
                            .filter(t -> t.alertLevel() == AlertLevel.SIAGA)
                            .findFirst()
                            .orElseThrow());
            as(
                    Role.PIMPINAN,
                    bogor.id(),
                    () -> posko.changeAlertLevel(
                            siaga.id(), AlertLevel.AWAS, "Uji rekap: massa berkumpul", siaga.version()));

            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() ->
                            keeper.counts(List.of(bogor.id())).get(bogor.id()).awas() == 2);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> announced.contains(bogor.id()));
            Row first =
                    as(Role.PIMPINAN, westJava.id(), rollups::overview).rows().getFirst();
            assertThat(first.counts().awas()).isEqualTo(2);
            assertThat(first.counts().siaga()).isZero();
        } finally {
            unsubscribe.run();
        }
    }

    private long nationalDesk() {
        return desks.national().id();
    }

    private static <T> T as(Role role, long desk, Supplier<T> work) {
        return CurrentActor.as(
                new Actor("rekap-" + role.name().toLowerCase(Locale.ROOT), "Uji", role, null, null, null, false, desk),
                work);
    }

    private long post(DeskInfo desk, AlertLevel level) {
        String code = "RKP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("insert into posko (code, name, level, wilayah_code, address, sort_order, alert_level, desk_id) "
                        + "values (:code, 'Posko Uji Rekap', 'WILAYAH', :wilayah, 'Jalan Uji', 99, :level, :desk)")
                .param("code", code)
                .param("wilayah", desk.regionCode())
                .param("level", level.name())
                .param("desk", desk.id())
                .update();
        return jdbc.sql("select id from posko where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private void issue(DeskInfo desk, long post, String severity, String status) {
        Instant now = Instant.now();
        jdbc.sql("insert into issue (title, category_id, severity, severity_rank, status, wilayah_code, source, "
                        + "reporter, posko_id, reported_at, reported_day, updated_at, desk_id) values ('Isu uji rekap', "
                        + "(select min(c.id) from issue_category c where c.desk_id = :desk), :severity, :rank, :status, :wilayah, 'POSKO', "
                        + "'Uji', :post, :now, :day, :now, :desk)")
                .param("severity", severity)
                .param("rank", List.of("RENDAH", "SEDANG", "TINGGI", "KRITIS").indexOf(severity))
                .param("status", status)
                .param("wilayah", desk.regionCode())
                .param("post", post)
                .param("now", Timestamp.from(now))
                .param("day", LocalDate.now())
                .param("desk", desk.id())
                .update();
    }
}
