package id.go.jakarta.deskpilkada.rollup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.rollup.internal.DeskCountsKeeper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roll-up screens: the ministry's person drills from the nation to a province and to a
 * kabupaten; a province's person cannot open another province; the national desk's wall and
 * situation screens become its roll-up.
 */
class RollupViewTests extends KaribuTest {

    @Autowired
    DeskService desks;

    @Autowired
    AccountService accounts;

    @Autowired
    DeskCountsKeeper keeper;

    DeskInfo bogor;

    @BeforeEach
    void westJavaCounted() {
        CurrentActor.asSystem(() -> desks.open("32"));
        bogor = CurrentActor.asSystem(() -> desks.open("32.01"));
        Instant before = Instant.now();
        keeper.recount(List.of(bogor.id()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> Optional.ofNullable(
                                keeper.counts(List.of(bogor.id())).get(bogor.id()))
                        .filter(c -> !c.countedAt().isBefore(before))
                        .isPresent());
    }

    /** A person of that desk with that role; his username. */
    private String personIn(DeskInfo desk, Role role) {
        String username = "rekap.uji." + UUID.randomUUID().toString().substring(0, 6);
        CurrentActor.as(
                Actor.SYSTEM.inDesk(desk.id()),
                () -> accounts.create(new NewAccount(username, "Uji Rekap", role, null, null), "KataSandiPanjang1"));
        return username;
    }

    private static Div tile(Div tiles, String code) {
        return tiles.getChildren()
                .map(Div.class::cast)
                .filter(t -> code.equals(t.getElement().getAttribute("data-desk")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no tile of desk " + code));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void the_ministrys_person_drills_from_the_nation_to_a_province_and_its_kabupaten() {
        login(personIn(desks.national(), Role.PIMPINAN));
        UI.getCurrent().navigate("rekap");
        RollupView nation = _get(RollupView.class);
        assertThat(nation.title.getText()).isEqualTo("Rekap desk · Nasional");
        assertThat(nation.path.isVisible()).isFalse();
        Div westJava = tile(nation.rows, "32");
        assertThat(text(westJava))
                .contains("Jawa Barat")
                .contains("isu terbuka")
                .contains("celah jaga");

        UI.getCurrent().navigate("rekap/32");
        RollupView province = _get(RollupView.class);
        assertThat(province.title.getText()).isEqualTo("Rekap desk · Jawa Barat");
        assertThat(province.rowsTitle.getText()).isEqualTo("Kabupaten/kota, yang terburuk lebih dahulu");
        assertThat(text(tile(province.rows, "32.01"))).contains("Bogor");
        assertThat(province.path.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast))
                .extracting(Anchor::getHref)
                .containsExactly("rekap/ID");
        assertThat(province.wall.getHref()).isEqualTo("layar/rekap/32");

        UI.getCurrent().navigate("rekap/32.01");
        RollupView kabupaten = _get(RollupView.class);
        assertThat(kabupaten.rows.isVisible()).isFalse();
        assertThat(text(kabupaten.totals)).contains("posko");
        assertThat(kabupaten.counted.getText()).startsWith("Dihitung ").contains("WIB");
    }

    @Test
    void a_provinces_person_opens_its_kabupaten_but_not_another_province_nor_the_nation() {
        DeskInfo westJava = desks.find("32").orElseThrow();
        login(personIn(westJava, Role.BAKESBANGPOL));
        UI.getCurrent().navigate("rekap");
        RollupView own = _get(RollupView.class);
        assertThat(own.title.getText()).isEqualTo("Rekap desk · Jawa Barat");
        tile(own.rows, "32.01");

        for (String elsewhere : List.of("31", "ID")) {
            UI.getCurrent().navigate("rekap/" + elsewhere);
            RollupView refused = _get(RollupView.class);
            assertThat(refused.problem.isVisible()).isTrue();
            assertThat(refused.problem.getText())
                    .isEqualTo("Desk " + elsewhere + " tidak ditemukan atau berada di luar jangkauan desk Anda.");
            assertThat(refused.rows.isVisible()).isFalse();
            assertThat(refused.totals.isVisible()).isFalse();
        }
    }

    @Test
    void the_national_desks_wall_and_situation_screens_show_its_roll_up() {
        login(personIn(desks.national(), Role.PIMPINAN));
        UI.getCurrent().navigate("layar");
        RollupWallView wall = _get(RollupWallView.class);
        assertThat(wall.title.getText()).isEqualTo("Rekap Pilkada serentak · Nasional");
        Div westJava = tile(wall.grid, "32");
        assertThat(westJava.getChildren().filter(Span.class::isInstance).map(Span.class::cast))
                .extracting(Span::getText)
                .anyMatch(t -> t.contains("desk di bawahnya"));
        assertThat(wall.grid.getStyle().get("--rollup-columns")).isNotBlank();
        assertThat(text(wall.totals)).contains("isu terbuka").contains("rujukan terlambat");

        UI.getCurrent().navigate("situasi");
        assertThat(_get(RollupView.class).title.getText()).isEqualTo("Rekap desk · Nasional");
    }
}
