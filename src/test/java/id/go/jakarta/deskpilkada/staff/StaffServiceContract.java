package id.go.jakarta.deskpilkada.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Units and officers, and who may see names. */
public abstract class StaffServiceContract {

    @Autowired
    protected StaffService staff;
    @Autowired
    protected PoskoService posko;
    @Autowired
    protected ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void fifty_four_officers_are_on_duty_every_day_twelve_at_balai_kota_and_seven_per_wilayah() {
        Map<Long, Long> counts = staff.dailyOfficerCounts();
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(54);
        for (PoskoTile post : posko.tiles()) {
            assertThat(counts.get(post.id())).as(post.code()).isEqualTo(post.code().equals("BALAIKOTA") ? 12L : 7L);
        }
    }

    @Test
    void every_demo_officer_has_a_valid_nip_and_each_post_has_reserves() {
        SignIn.as(context, "sekda");
        for (PoskoTile post : posko.tiles()) {
            List<OfficerInfo> officers = staff.officersOf(post.id());
            assertThat(officers).allSatisfy(o -> assertThat(Nip.problem(o.nip())).isEmpty());
            assertThat(officers).filteredOn(OfficerInfo::reserve).hasSize(2);
            assertThat(officers).filteredOn(o -> o.postRole() == PostRole.KETUA && !o.reserve()).hasSize(1);
        }
    }

    @Test
    void a_chief_sees_the_names_of_his_own_post_only() {
        SignIn.as(context, "ketua.jakpus");
        PoskoTile own = byCode("JAKPUS");
        assertThat(staff.officersOf(own.id())).hasSize(9);
        assertThatThrownBy(() -> staff.officersOf(byCode("JAKUT").id()))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }

    @Test
    void liaisons_and_officers_do_not_get_the_officer_list() {
        for (String username : List.of("polda", "bakesbangpol", "petugas.jakpus")) {
            SignIn.as(context, username);
            assertThatThrownBy(() -> staff.officersOf(byCode("JAKPUS").id())).isInstanceOf(DeskException.class);
        }
    }

    @Test
    void a_batch_with_one_bad_nip_registers_nobody() {
        SignIn.as(context, "admin");
        long unit = staff.unitByCode("DUKCAPIL").orElseThrow().id();
        long post = byCode("JAKSEL").id();
        int before = staff.officersOf(post).size();
        List<NewOfficer> batch = List.of(
                new NewOfficer("198001012005011777", "Rahmat Hidayat", unit, PostRole.OPERATOR, null, post, true),
                new NewOfficer("19800101200501177", "Dewi Lestari", unit, PostRole.OPERATOR, null, post, true));
        assertThatThrownBy(() -> staff.register(batch))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("nip.format"));
        assertThat(staff.officersOf(post)).hasSize(before);
    }

    @Test
    void the_units_are_the_skpd_and_the_forkopimda_agencies() {
        assertThat(staff.units()).extracting(UnitInfo::code).contains("KOMINFOMAS", "DUKCAPIL", "BAKESBANGPOL",
                "POLDA", "KODAM", "KEJATI");
        assertThat(staff.units()).filteredOn(u -> u.kind() == UnitKind.FORKOPIMDA).hasSize(3);
    }

    private PoskoTile byCode(String code) {
        return posko.tiles().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
