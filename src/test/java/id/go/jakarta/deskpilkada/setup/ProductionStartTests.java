package id.go.jakarta.deskpilkada.setup;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.Application;
import id.go.jakarta.deskpilkada.TestNodes;
import id.go.jakarta.deskpilkada.account.AccountImport;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.duty.ShiftForm;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.ElectionSetup;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostSetupService;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A production start needs nothing but the console: with demo data off and an empty database, the
 * first ADMIN sets up the 2018 West Java governor election (27 kabupaten/kota) through the setup
 * services alone, and the checklist follows him until the desk is usable.
 */
class ProductionStartTests {

    private static Map<String, Boolean> done(SetupService setup) {
        return setup.checklist().stream().collect(Collectors.toMap(SetupStep::key, SetupStep::done));
    }

    @Test
    void the_first_admin_sets_up_west_java_2018_from_an_empty_database_until_the_desk_is_usable() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--desk.demo.enabled=false",
                        "--desk.accounts.initial-admin-password=RahasiaSekali2026",
                        "--spring.datasource.url=jdbc:h2:mem:production-start-" + UUID.randomUUID()
                                + ";DB_CLOSE_DELAY=-1",
                        "--server.port=0",
                        "--desk.cluster.port=" + TestNodes.freePort())) {
            DeskUser admin = (DeskUser) app.getBean(AccountService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            SetupService setup = app.getBean(SetupService.class);
            ElectionService elections = app.getBean(ElectionService.class);
            PostSetupService postSetup = app.getBean(PostSetupService.class);
            PoskoService posko = app.getBean(PoskoService.class);
            ShiftService shifts = app.getBean(ShiftService.class);
            AccountService accounts = app.getBean(AccountService.class);

            assertThat(setup.usable()).isFalse();
            assertThat(done(setup)).containsEntry("election", false).containsEntry("stages", false);

            ElectionInfo westJava = elections.setUp(
                    new ElectionSetup(
                            "Pemilihan Gubernur dan Wakil Gubernur Jawa Barat 2018",
                            ElectionKind.GUBERNUR,
                            "32",
                            LocalDate.of(2018, 6, 27),
                            null),
                    true);
            assertThat(done(setup)).containsEntry("election", true).containsEntry("stages", true);
            assertThat(setup.checklist())
                    .filteredOn(s -> s.key().equals("posts"))
                    .singleElement()
                    .satisfies(s -> assertThat(s.detailKey()).isEqualTo("setup.posts.missing"));

            // West Java's desk is new: Jakarta's posts, which the first migrations made, stay in
            // Jakarta's desk and are neither seen nor retired here.
            assertThat(postSetup.all()).as("West Java's desk before its posts").isEmpty();
            assertThat(postSetup.retireOutsideRegion()).isEmpty();
            List<PoskoTile> created = postSetup.createDefaults();
            assertThat(created).hasSize(28);
            // The live snapshot follows the commits a moment later.
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(posko.tiles())
                            .hasSize(28)
                            .allSatisfy(p -> assertThat(p.wilayahCode()).startsWith("32")));
            assertThat(posko.tiles())
                    .filteredOn(p -> p.level() == PoskoLevel.PROVINSI)
                    .singleElement()
                    .satisfies(p -> assertThat(p.wilayahCode()).isEqualTo(westJava.regionCode()));
            assertThat(done(setup)).containsEntry("posts", true).containsEntry("shifts", false);

            PoskoTile central = posko.tiles().getFirst();
            shifts.create(
                    central.id(),
                    new ShiftForm("Pagi", LocalTime.of(7, 0), LocalTime.of(19, 0), Map.of(PostRole.STAF, 2)));
            shifts.create(
                    central.id(),
                    new ShiftForm("Malam", LocalTime.of(19, 0), LocalTime.of(7, 0), Map.of(PostRole.OPERATOR, 1)));
            assertThat(shifts.copyShiftsToPostsWithout(central.id()).posts()).isEqualTo(27);
            assertThat(done(setup)).containsEntry("shifts", true).containsEntry("accounts", false);

            // The accounts come as the admin's spreadsheet: a leadership account and a chief per post.
            StringBuilder sheet = new StringBuilder("username;nama;peran;posko;instansi;telepon;email;aktif\n");
            sheet.append("sekda.jabar;Sekretaris Daerah Provinsi Jawa Barat;PIMPINAN;;;;;ya\n");
            for (PoskoTile p : posko.tiles()) {
                sheet.append("ketua.")
                        .append(p.code().toLowerCase(java.util.Locale.ROOT))
                        .append(";Ketua ")
                        .append(p.name())
                        .append(";KETUA_POSKO;")
                        .append(p.code())
                        .append(";;;;ya\n");
            }
            AccountImport imported = accounts.importAccounts(
                    new ByteArrayInputStream(sheet.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(imported.result().badRows()).isEmpty();
            assertThat(imported.result().created()).isEqualTo(29);
            assertThat(imported.passwords())
                    .as("one initial password per new account")
                    .hasSize(29);
            assertThat(done(setup)).containsEntry("accounts", true);

            assertThat(setup.usable()).isTrue();
            assertThat(done(setup))
                    .as("what is left: pair a wall screen; production settings are those of this test")
                    .containsEntry("screens", false)
                    .containsEntry("production", false);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
