package id.go.jakarta.deskpilkada.duty.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.DutyFixture;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.integration.IssuedApiToken;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The attendance API as a device at a post meets it: sign in and out by NIP, problem+json on errors. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AttendanceApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntegrationService integrations;

    @Autowired
    ShiftService shifts;

    @Autowired
    RosterService roster;

    @Autowired
    StaffService staff;

    @Autowired
    PoskoService posko;

    @Autowired
    ApplicationContext context;

    DutyFixture fixture;
    IssuedApiToken device;
    OfficerInfo officer;

    @BeforeEach
    void deviceAndRosteredOfficer() {
        device = CurrentActor.asSystem(() -> integrations.issue("Mesin absen Jakarta Timur " + System.nanoTime()));
        fixture = new DutyFixture(staff, shifts, posko);
        officer = fixture.officer("JAKTIM", PostRole.STAF, "BIRO_UMUM");
        DutyFixture.Placed shift =
                fixture.shift("JAKTIM", Duration.ofMinutes(-30), Duration.ofHours(3), Map.of(PostRole.STAF, 1));
        SignIn.as(context, "ketua.jaktim");
        roster.assign(shift.shift().id(), shift.day(), officer.id(), PostRole.STAF);
        SignIn.out();
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        fixture.cleanUp();
    }

    @Test
    void a_device_signs_an_officer_in_late_and_out_again() throws Exception {
        MockHttpServletResponse in =
                report("{\"nip\":\"" + officer.nip() + "\",\"posko\":\"jaktim\",\"action\":\"MASUK\"}");
        assertThat(in.getStatus()).isEqualTo(200);
        assertThat(in.getContentAsString())
                .contains(
                        "\"status\":\"" + AttendanceStatus.LATE + "\"", "\"posko\":\"JAKTIM\"", "\"signedOutAt\":null");

        MockHttpServletResponse out =
                report("{\"nip\":\"" + officer.nip() + "\",\"posko\":\"JAKTIM\",\"action\":\"KELUAR\"}");
        assertThat(out.getStatus()).isEqualTo(200);
        assertThat(out.getContentAsString()).contains("\"signedOutAt\":\"");
    }

    @Test
    void a_device_signs_an_officer_in_before_his_shift_starts_and_a_second_badge_changes_nothing() throws Exception {
        OfficerInfo early = fixture.officer("JAKTIM", PostRole.STAF, "BIRO_KEUANGAN");
        DutyFixture.Placed next =
                fixture.shift("JAKTIM", Duration.ofMinutes(40), Duration.ofHours(3), Map.of(PostRole.STAF, 1));
        SignIn.as(context, "ketua.jaktim");
        roster.assign(next.shift().id(), next.day(), early.id(), PostRole.STAF);
        SignIn.out();

        MockHttpServletResponse in =
                report("{\"nip\":\"" + early.nip() + "\",\"posko\":\"JAKTIM\",\"action\":\"MASUK\"}");
        assertThat(in.getStatus()).isEqualTo(200);
        assertThat(in.getContentAsString()).contains("\"status\":\"PRESENT\"");
        MockHttpServletResponse again =
                report("{\"nip\":\"" + early.nip() + "\",\"posko\":\"JAKTIM\",\"action\":\"MASUK\"}");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).isEqualTo(in.getContentAsString());
    }

    @Test
    void an_officer_not_rostered_at_that_post_is_a_400_problem_in_indonesian() throws Exception {
        MockHttpServletResponse wrongPost =
                report("{\"nip\":\"" + officer.nip() + "\",\"posko\":\"JAKBAR\",\"action\":\"MASUK\"}");
        assertThat(wrongPost.getStatus()).isEqualTo(400);
        assertThat(wrongPost.getContentType()).startsWith("application/problem+json");
        assertThat(wrongPost.getContentAsString())
                .contains("tidak dijadwalkan di Posko Jakarta Barat")
                .doesNotContain("Exception");

        MockHttpServletResponse unknown =
                report("{\"nip\":\"197001011995011999\",\"posko\":\"JAKTIM\",\"action\":\"MASUK\"}");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Tidak ada petugas dengan NIP 197001011995011999.");

        MockHttpServletResponse badAction =
                report("{\"nip\":\"" + officer.nip() + "\",\"posko\":\"JAKTIM\",\"action\":\"PULANG\"}");
        assertThat(badAction.getStatus()).isEqualTo(400);
    }

    private MockHttpServletResponse report(String json) throws Exception {
        return mvc.perform(post("/api/v1/attendance")
                        .header("Authorization", "Bearer " + device.token())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }
}
