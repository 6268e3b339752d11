package id.go.jakarta.deskpilkada.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.integration.IssuedApiToken;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import java.time.Duration;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The devices API as a monitoring script meets it: token, status reports, problem+json. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeviceApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntegrationService integrations;

    @Autowired
    DeviceService devices;

    @Autowired
    PoskoService posko;

    @Autowired
    ApplicationContext context;

    private IssuedApiToken client;
    private DeviceInfo camera;

    @BeforeEach
    void clientAndCamera() {
        client = CurrentActor.asSystem(() -> integrations.issue("Pemantau CCTV " + System.nanoTime()));
        SignIn.as(context, "ketua.jakbar");
        long post = posko.tiles().stream()
                .filter(t -> t.code().equals("JAKBAR"))
                .findFirst()
                .orElseThrow()
                .id();
        camera = devices.register(new DeviceForm(post, DeviceKind.CCTV, "Kamera Kembangan", null, null));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_client_with_a_valid_token_reports_a_status() throws Exception {
        MockHttpServletResponse response = call(
                put("/api/v1/devices/" + camera.id() + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DOWN\",\"note\":\"ping gagal\"}"),
                client.token());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"DOWN\"", "\"posko\":\"JAKBAR\"", "ping gagal");
        // The live snapshot follows the commit a moment later.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(devices.ofPost(camera.poskoId()))
                        .anyMatch(d -> d.id() == camera.id() && d.status() == DeviceStatus.DOWN));

        String list = call(get("/api/v1/devices"), client.token()).getContentAsString();
        assertThat(list).contains("Kamera Kembangan");
    }

    @Test
    void without_a_token_the_answer_is_a_401_problem_in_indonesian() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/api/v1/devices")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"title\":\"Tidak terautentikasi\"", "Bearer")
                .doesNotContain("Exception");
        assertThat(call(get("/api/v1/devices"), "dpk_api_bukan-token-sah").getStatus())
                .isEqualTo(401);
    }

    @Test
    void a_revoked_token_stops_working_at_once() throws Exception {
        assertThat(call(get("/api/v1/devices"), client.token()).getStatus()).isEqualTo(200);
        CurrentActor.asSystem(() -> integrations.revoke(client.client().id()));
        assertThat(call(get("/api/v1/devices"), client.token()).getStatus()).isEqualTo(401);
    }

    @Test
    void bad_input_is_a_400_problem_and_changes_nothing() throws Exception {
        MockHttpServletResponse unknownStatus = call(
                put("/api/v1/devices/" + camera.id() + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"RUSAK\"}"),
                client.token());
        assertThat(unknownStatus.getStatus()).isEqualTo(400);
        assertThat(unknownStatus.getContentType()).startsWith("application/problem+json");
        assertThat(unknownStatus.getContentAsString()).contains("Isi permintaan tidak dapat dibaca");

        MockHttpServletResponse longNote = call(
                put("/api/v1/devices/" + camera.id() + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"UP\",\"note\":\"" + "x".repeat(301) + "\"}"),
                client.token());
        assertThat(longNote.getStatus()).isEqualTo(400);
        assertThat(longNote.getContentAsString()).contains("note");

        MockHttpServletResponse badId = call(
                put("/api/v1/devices/abc/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"UP\"}"),
                client.token());
        assertThat(badId.getStatus()).isEqualTo(400);
        assertThat(devices.ofPost(camera.poskoId()))
                .anyMatch(d -> d.id() == camera.id() && d.status() == DeviceStatus.UNKNOWN);
    }

    @Test
    void an_unknown_device_is_a_404_problem_in_the_callers_language() throws Exception {
        MockHttpServletResponse id = call(
                put("/api/v1/devices/987654/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"UP\"}"),
                client.token());
        assertThat(id.getStatus()).isEqualTo(404);
        assertThat(id.getContentAsString()).contains("Perangkat dengan nomor 987654 tidak ditemukan.");
        MockHttpServletResponse en = call(
                put("/api/v1/devices/987654/status")
                        .header("Accept-Language", "en-US")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"UP\"}"),
                client.token());
        assertThat(en.getContentAsString()).contains("There is no device number 987654.", "\"title\":\"Not found\"");
    }

    @Test
    void a_person_signed_in_to_the_ui_is_refused_by_the_api() throws Exception {
        assertThat(mvc.perform(get("/api/v1/devices")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("sekda")
                                        .roles("PIMPINAN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }
}
