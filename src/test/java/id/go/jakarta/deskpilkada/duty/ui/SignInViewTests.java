package id.go.jakarta.deskpilkada.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.KaribuSupport;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.DutyFixture;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInViewTests extends KaribuTest {

    @Autowired
    ShiftService shifts;

    @Autowired
    RosterService roster;

    @Autowired
    AttendanceService attendance;

    @Autowired
    StaffService staff;

    @Autowired
    PoskoService posko;

    DutyFixture fixture;

    @AfterEach
    void cleanUp() {
        if (fixture != null) {
            fixture.cleanUp();
        }
    }

    @Test
    void an_officer_opening_the_posts_code_is_signed_in_and_told_so_and_the_code_is_spent() {
        fixture = new DutyFixture(staff, shifts, posko);
        OfficerInfo officer = fixture.officer("BALAIKOTA", PostRole.STAF, "BIRO_KEUANGAN");
        DutyFixture.Placed shift =
                fixture.shift("BALAIKOTA", Duration.ofMinutes(-2), Duration.ofHours(2), Map.of(PostRole.STAF, 1));
        SignIn.as(context, "ketua.balaikota");
        roster.assign(shift.shift().id(), shift.day(), officer.id(), PostRole.STAF);
        String token = attendance.signInCodes(fixture.post("BALAIKOTA").id()).stream()
                .filter(c -> c.shift().id() == shift.shift().id())
                .findFirst()
                .orElseThrow()
                .token();

        DeskUser phone = SignIn.asOfficer(fixture.post("BALAIKOTA").id(), officer.id());
        KaribuSupport.loginAs(phone, "hadir");
        com.vaadin.flow.component.UI.getCurrent().navigate("hadir/" + token);
        SignInView view = _get(SignInView.class);
        assertThat(view.result.getElement().getTextRecursively())
                .startsWith("Hadir: Anda tercatat masuk di Posko Balai Kota pukul ");
        assertThat(view.schedule.getElement().getTextRecursively()).contains("Posko Balai Kota", "Staf", "Hadir");

        com.vaadin.flow.component.UI.getCurrent().navigate("hadir/" + token);
        assertThat(_get(SignInView.class).result.getElement().getTextRecursively())
                .isEqualTo("Kode QR ini sudah dipakai. Pindai kode baru di layar posko.");
    }

    @Test
    void an_account_without_an_officer_record_is_told_to_ask_an_admin() {
        login("petugas.jakpus");
        id.go.jakarta.deskpilkada.base.security.CurrentActor.require();
        DeskUser unlinked = SignIn.asOfficer(fixture().post("JAKPUS").id(), 0);
        DeskUser noOfficer = new DeskUser(
                new id.go.jakarta.deskpilkada.base.security.Actor(
                        "petugas.tanpa",
                        "Tanpa data",
                        id.go.jakarta.deskpilkada.base.security.Role.PETUGAS,
                        unlinked.actor().poskoId(),
                        null,
                        null,
                        false,
                        null),
                "{noop}-",
                true,
                false);
        KaribuSupport.loginAs(noOfficer, "hadir/v1.1.2.2017-02-15.0.abc.def");
        SignInView view = _get(SignInView.class);
        assertThat(view.result.getElement().getTextRecursively())
                .contains("Akun Anda belum terhubung dengan data petugas. Hubungi admin.");
    }

    private DutyFixture fixture() {
        fixture = new DutyFixture(staff, shifts, posko);
        return fixture;
    }
}
