package id.go.jakarta.deskpilkada.posko;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.audit.AuditEntryInfo;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The ADMIN sets up posts; the demo desk (DKI Jakarta 2017, seven posts) is the starting point. */
@SpringBootTest
@ActiveProfiles("test")
class PostSetupServiceTests {

    @Autowired
    PostSetupService setup;

    @Autowired
    PoskoService posko;

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        SignIn.as(context, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** The live snapshot follows a commit a moment later. */
    private void awaitTiles(java.util.function.Consumer<List<String>> check) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() ->
                        check.accept(posko.tiles().stream().map(PoskoTile::code).toList()));
    }

    @Test
    void a_province_desk_proposes_one_post_per_kabupaten_kota_and_a_kota_desk_one_per_kecamatan() {
        List<PostForm> westJava = setup.proposals("32");
        assertThat(westJava).hasSize(27).allSatisfy(p -> assertThat(p.level()).isEqualTo(PoskoLevel.WILAYAH));
        assertThat(westJava)
                .extracting(PostForm::code, PostForm::name, PostForm::wilayahCode)
                .contains(
                        tuple("KAB-BOGOR", "Posko Kabupaten Bogor", "32.01"),
                        tuple("KOTA-BANDUNG", "Posko Kota Bandung", "32.73"));
        assertThat(westJava).extracting(PostForm::code).doesNotHaveDuplicates();
        assertThat(setup.proposals("32.73"))
                .hasSizeGreaterThan(25)
                .allSatisfy(p -> assertThat(p.code()).startsWith("KEC-"))
                .allSatisfy(p -> assertThat(p.wilayahCode()).startsWith("32.73."));
        assertThat(setup.proposals("31")).as("the demo desk has all its posts").isEmpty();
    }

    @Test
    void a_post_is_added_described_retired_and_brought_back_and_each_step_is_on_the_trail() {
        final PoskoTile added = setup.create(
                new PostForm("kec-gambir", "Posko Kecamatan Gambir", PoskoLevel.WILAYAH, "31.71.01", "", 50));
        try {
            assertThat(added.code()).isEqualTo("KEC-GAMBIR");
            awaitTiles(codes -> assertThat(codes).contains("KEC-GAMBIR"));

            PoskoTile described = setup.update(
                    added.id(),
                    added.version(),
                    new PostForm("X", "Posko Gambir", PoskoLevel.WILAYAH, "31.71.01", "Jl. Medan Merdeka", 51));
            assertThat(described.code()).as("a code never changes").isEqualTo("KEC-GAMBIR");
            assertThat(described.address()).isEqualTo("Jl. Medan Merdeka");
            assertThatThrownBy(() -> setup.update(added.id(), added.version(), PostForm.of(added)))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("posko.setup.changed"));

            PoskoTile retired = setup.setActive(described.id(), described.version(), false);
            assertThat(retired.active()).isFalse();
            awaitTiles(codes -> assertThat(codes).doesNotContain("KEC-GAMBIR"));
            assertThat(posko.tile(added.id()))
                    .as("still named on old records")
                    .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Posko Gambir"));
            assertThat(posko.allTiles())
                    .as("old records are named from all posts")
                    .anySatisfy(t -> assertThat(t.code()).isEqualTo("KEC-GAMBIR"));

            setup.setActive(retired.id(), retired.version(), true);
            awaitTiles(codes -> assertThat(codes).contains("KEC-GAMBIR"));
        } finally {
            PoskoTile now = setup.all().stream()
                    .filter(p -> p.id() == added.id())
                    .findFirst()
                    .orElseThrow();
            if (now.active()) {
                setup.setActive(now.id(), now.version(), false);
            }
        }
        assertThat(audit.of("posko", "KEC-GAMBIR"))
                .extracting(AuditEntryInfo::action)
                .containsExactly("retired", "restored", "retired", "updated", "created");
    }

    @Test
    void a_second_central_post_a_taken_code_and_an_area_outside_the_region_are_refused() {
        assertThatThrownBy(() ->
                        setup.create(new PostForm("PUSAT-2", "Posko Pusat Kedua", PoskoLevel.PROVINSI, "31", "", 60)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("posko.setup.central.twice"));
        assertThatThrownBy(
                        () -> setup.create(new PostForm("JAKPUS", "Posko Lain", PoskoLevel.WILAYAH, "31.71", "", 60)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("posko.setup.code.taken"));
        assertThatThrownBy(() ->
                        setup.create(new PostForm("KAB-BOGOR", "Posko Bogor", PoskoLevel.WILAYAH, "32.01", "", 60)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("posko.setup.wilayah.outside"));
        assertThatThrownBy(() -> setup.create(new PostForm("ASAL", "Posko Asal", PoskoLevel.WILAYAH, "", "", 60)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("posko.setup.wilayah.required"));
        assertThat(posko.tiles()).hasSize(7);
    }

    @Test
    void exported_posts_read_back_unchanged_and_a_bad_file_names_every_bad_line_and_saves_nothing() {
        for (TableFormat format : TableFormat.values()) {
            ImportResult again = setup.importPosts(new ByteArrayInputStream(setup.exportPosts(format)));
            assertThat(again.applied()).isTrue();
            assertThat(again.created() + again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(setup.all().size());
        }
        String file = """
                kode;nama;tingkat;wilayah;alamat;urutan;aktif
                KEC-MENTENG;Posko Menteng;wilayah;31.71.06;;40;ya
                KEC-MENTENG;Posko Menteng lagi;wilayah;31.71.06;;41;ya
                KEC-TANAHABANG;Posko Tanah Abang;kecamatan;31.71.02;;42;ya
                KAB-BOGOR;Posko Bogor;wilayah;32.01;;43;ya
                PUSAT-2;Posko Pusat Kedua;pusat;31;;44;ya
                """;
        ImportResult result = setup.importPosts(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.applied()).isFalse();
        assertThat(result.badRows())
                .extracting(ImportResult.BadRow::line, ImportResult.BadRow::messageKey)
                .containsExactly(
                        tuple(3, "posko.import.repeated"),
                        tuple(4, "posko.import.level"),
                        tuple(5, "posko.setup.wilayah.outside"),
                        tuple(6, "posko.setup.central.twice"));
        assertThat(setup.all()).extracting(PoskoTile::code).doesNotContain("KEC-MENTENG");
    }

    @Test
    void only_an_admin_sets_up_posts() {
        SignIn.as(context, "ketua.jakpus");
        assertThatThrownBy(() -> setup.proposals("31"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }
}
