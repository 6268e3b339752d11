package id.go.jakarta.deskpilkada.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The desks one deployment serves, as a tree over the place tree (docs/desks.md). */
public abstract class DeskServiceContract {

    @Autowired
    protected DeskService desks;

    @Autowired
    protected AuditService audit;

    @Autowired
    protected ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_national_desk_is_there_from_the_start_and_rolls_up_to_no_other() {
        DeskInfo national = desks.national();

        assertThat(national.code()).isEqualTo("ID");
        assertThat(national.level()).isEqualTo(DeskLevel.NASIONAL);
        assertThat(national.parentId()).isNull();
        assertThat(national.regionCode()).isNull();
        assertThat(national.holdsElection()).isFalse();
    }

    @Test
    void the_2024_set_holds_545_elections_37_provinces_and_508_kabupaten_kota_and_opens_once() {
        DeskService.Opened first = CurrentActor.asSystem(desks::openSerentak2024);
        DeskService.Opened again = CurrentActor.asSystem(desks::openSerentak2024);

        assertThat(first.elections()).isEqualTo(545);
        assertThat(again).isEqualTo(new DeskService.Opened(545, 0));
        List<DeskInfo> all = desks.all();
        Map<DeskLevel, Long> electionsByLevel = all.stream()
                .filter(DeskInfo::holdsElection)
                .collect(Collectors.groupingBy(DeskInfo::level, Collectors.counting()));
        assertThat(electionsByLevel)
                .containsExactlyInAnyOrderEntriesOf(Map.of(DeskLevel.PROVINSI, 37L, DeskLevel.KABKOTA, 508L));
        assertThat(all.getFirst().level()).isEqualTo(DeskLevel.NASIONAL);
        assertThat(all).extracting(DeskInfo::code).doesNotHaveDuplicates();
    }

    @Test
    void each_kabupaten_kota_desk_rolls_up_to_its_province_and_di_yogyakarta_only_rolls_up() {
        CurrentActor.asSystem(desks::openSerentak2024);
        Map<String, DeskInfo> byCode =
                desks.all().stream().collect(Collectors.toMap(DeskInfo::code, Function.identity()));

        DeskInfo westJava = byCode.get("32");
        assertThat(westJava.parentId()).isEqualTo(desks.national().id());
        assertThat(westJava.regionName()).isEqualTo("Jawa Barat");
        assertThat(desks.children(westJava.id()))
                .hasSize(27)
                .allSatisfy(k -> assertThat(k.level()).isEqualTo(DeskLevel.KABKOTA))
                .extracting(DeskInfo::code)
                .contains("32.01", "32.73");
        assertThat(byCode.get("32.01").regionName()).isEqualTo("Kabupaten Bogor");

        DeskInfo yogyakarta = byCode.get("34");
        assertThat(yogyakarta.holdsElection()).isFalse();
        assertThat(desks.children(yogyakarta.id())).hasSize(5).allMatch(DeskInfo::holdsElection);

        assertThat(byCode.get("31").holdsElection()).isTrue();
        assertThat(desks.children(byCode.get("31").id())).isEmpty();
        assertThat(byCode).doesNotContainKey("31.71");
        assertThat(audit.subjects()).contains("desk");
    }

    @Test
    void a_kabupaten_opened_alone_brings_its_province_desk_to_roll_up_to() {
        DeskInfo kabupaten = CurrentActor.asSystem(() -> desks.open(" 33.01 "));

        DeskInfo province = desks.find("33").orElseThrow();
        assertThat(kabupaten.parentId()).isEqualTo(province.id());
        assertThat(kabupaten.holdsElection()).isTrue();
        assertThat(CurrentActor.asSystem(() -> desks.open("33.01"))).isEqualTo(kabupaten);
        assertThat(CurrentActor.asSystem(() -> desks.open("33")).holdsElection())
                .isTrue();
    }

    @Test
    void a_region_without_its_own_election_or_not_a_province_or_kabupaten_kota_is_refused_with_a_message() {
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> desks.open("31.71")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("desk.region.noElection"));
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> desks.open("34")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("desk.region.noElection"));
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> desks.open("32.01.01")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("desk.region.level"));
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> desks.open("99")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("desk.region.unknown"));
        assertThat(desks.find("31.71")).isEmpty();
    }

    @Test
    void only_an_admin_opens_desks() {
        SignIn.as(context, "sekda");

        assertThatThrownBy(desks::openSerentak2024)
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> desks.open("32"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }
}
