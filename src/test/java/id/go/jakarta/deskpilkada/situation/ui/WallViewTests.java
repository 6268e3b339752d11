package id.go.jakarta.deskpilkada.situation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import id.go.jakarta.deskpilkada.KaribuSupport;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.ui.NotFoundView;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.situation.PairedScreen;
import id.go.jakarta.deskpilkada.situation.WallModelService;
import id.go.jakarta.deskpilkada.situation.WallPanelKind;
import id.go.jakarta.deskpilkada.situation.WallReplica;
import id.go.jakarta.deskpilkada.situation.WallScreenInfo;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WallViewTests extends KaribuTest {

    @Autowired
    WallScreenService screens;

    @Autowired
    PoskoService posko;

    @Test
    void a_paired_screen_opens_the_wall_with_all_seven_posts_and_no_personal_data() {
        openAsScreen();
        String model = firstPicture(_get(WallView.class).wall);
        assertThat(model).contains("\"code\":\"BALAIKOTA\"", "\"code\":\"KEPSERIBU\"", "\"silenceMinutes\"");
        assertThat(model.split("\"code\":\"")).hasSize(8);
        assertThat(model).doesNotContain("Sekretaris Daerah", "Ketua Posko", "alertChangedBy", "phone", "nip");
    }

    @Test
    void a_wall_screen_opens_no_other_screen() {
        openAsScreen();
        for (String route : new String[] {"", "admin/layar", "admin/putaran", "perangkat", "posko/JAKPUS", "situasi"}) {
            UI.getCurrent().navigate(route);
            _assertNone(WallView.class);
            _assertOne(NotFoundView.Denied.class);
        }
    }

    @Test
    void an_alert_change_reaches_the_wall_by_push() {
        openAsScreen();
        WallView wall = _get(WallView.class);
        String picture = firstPicture(wall.wall);
        WallReplica screen = new WallReplica();
        screen.model(picture);
        PoskoTile post = posko.tiles().stream()
                .filter(t -> t.code().equals("JAKSEL"))
                .findFirst()
                .orElseThrow();
        AlertLevel target = post.alertLevel() == AlertLevel.AWAS ? AlertLevel.WASPADA : AlertLevel.AWAS;
        var screenAuth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        SignIn.as(context, "ketua.jaksel");
        posko.changeAlertLevel(post.id(), target, "Bentrokan di Pasar Minggu", post.version());
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(screenAuth);

        // The screen gets what changed (a patch for the picture it holds), and holds the change.
        List<String> patches = new ArrayList<>();
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            receive(screen, wall.wall, patches);
            JsonNode jaksel = StreamSupport.stream(screen.picture().get("posts").spliterator(), false)
                    .filter(p -> p.get("code").asString().equals("JAKSEL"))
                    .findFirst()
                    .orElseThrow();
            assertThat(jaksel.get("alert").asString()).isEqualTo(target.name());
            assertThat(jaksel.get("alertReason").asString()).isEqualTo("Bentrokan di Pasar Minggu");
        });
        assertThat(screen.behind()).isFalse();
        assertThat(patches)
                .as("sent as patches, not as the whole picture again")
                .isNotEmpty()
                .allMatch(p -> p.length() < picture.length() / 2);
    }

    /**
     * Runs the screen's waiting pushes as the browser receives them (the whole picture property
     * first, then the calls in order) and applies them to what the screen holds.
     */
    private static void receive(WallReplica screen, WallElement wall, List<String> patches) {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        // The property holds the last whole picture set; an older one than the screen holds is ignored.
        screen.model(wall.getModel());
        for (PendingJavaScriptInvocation call : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            if (call.getInvocation().getExpression().contains(WallElement.APPLY_PATCH)) {
                String patch = call.getInvocation().getParameters().get(1).toString();
                patches.add(patch);
                screen.patch(patch);
            }
        }
        screen.endOfMessage();
        MockVaadin.runUIQueue();
    }

    @Test
    void leadership_sees_the_same_picture_on_a_normal_screen_and_can_drill_down() {
        login("sekda");
        UI.getCurrent().navigate("situasi");
        SituationView view = _get(SituationView.class);
        assertThat(firstPicture(view.wall)).contains("\"code\":\"JAKPUS\"");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(
                view.wall, new WallElement.PostSelected(view.wall, true, "JAKPUS"));
        _assertOne(PostDetailView.class);
        PostDetailView detail = _get(PostDetailView.class);
        assertThat(detail.officers.getGenericDataView().getItems().count()).isEqualTo(9);
        assertThat(detail.roles.getOptionJson())
                .contains("\"name\":\"Harian\"", "\"name\":\"Cadangan\"", "\"data\":[1,0,2,1,2,1]");
        // Its open issues and last situation reports (the demo data files both for Jakarta Pusat).
        assertThat(detail.issuesLine.getText()).contains("terbuka");
        assertThat(detail.reportGrid.getGenericDataView().getItems().toList())
                .isNotEmpty()
                .allMatch(r -> r.poskoId()
                        == posko.tiles().stream()
                                .filter(t -> t.code().equals("JAKPUS"))
                                .findFirst()
                                .orElseThrow()
                                .id());
    }

    @Test
    void a_chief_opens_his_own_posts_detail_only_and_an_officer_none() {
        login("ketua.jakbar");
        UI.getCurrent().navigate("posko/JAKBAR");
        _assertOne(PostDetailView.class);
        UI.getCurrent().navigate("posko/JAKUT");
        _assertOne(NotFoundView.Denied.class);
        login("petugas.jakbar");
        UI.getCurrent().navigate("posko/JAKBAR");
        _assertOne(NotFoundView.Denied.class);
    }

    @Test
    void a_revoked_or_unknown_token_does_not_pair_a_screen() {
        PairedScreen paired = CurrentActor.asSystem(() -> screens.pair("Layar Dicabut " + System.nanoTime()));
        CurrentActor.asSystem(() -> screens.revoke(paired.screen().id()));
        UI.getCurrent().navigate("layar/pasang");
        PairScreenView pairing = _get(PairScreenView.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(pairing.token, paired.token());
        com.github.mvysny.kaributesting.v10.LocatorJ._click(pairing.pair);
        assertThat(pairing.token.isInvalid()).isTrue();
        assertThat(pairing.token.getErrorMessage()).isEqualTo("Token layar ini sudah dicabut admin.");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(pairing.token, "dpk_layar_tidak-ada");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(pairing.pair);
        assertThat(pairing.token.getErrorMessage()).isEqualTo("Token layar tidak dikenal atau salah ketik.");
    }

    /** The picture comes by push right after the page (not inside its response). */
    private static String firstPicture(WallElement wall) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.runUIQueue();
            return !wall.getModel().isEmpty();
        });
        return wall.getModel();
    }

    @Test
    void a_screen_given_panels_of_its_own_by_an_admin_follows_them_at_once_and_goes_back_to_the_common_playlist() {
        PairedScreen paired = CurrentActor.asSystem(() -> screens.pair("Layar Peta " + System.nanoTime()));
        KaribuSupport.loginAs(screens.authenticate(paired.token()).orElseThrow(), "layar");
        WallView view = _get(WallView.class);
        assertThat(view.wall.getPanels())
                .as("a new screen follows the common playlist")
                .isEqualTo("[]");
        var screenAuth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();

        SignIn.as(context, "admin");
        WallScreenInfo mapOnly =
                screens.setPanels(paired.screen().id(), paired.screen().version(), List.of(WallPanelKind.PETA));
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(screenAuth);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(view.wall.getPanels()).isEqualTo("[\"PETA\"]");
        });

        SignIn.as(context, "admin");
        screens.setPanels(paired.screen().id(), mapOnly.version(), List.of());
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(screenAuth);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(view.wall.getPanels()).isEqualTo("[]");
        });
    }

    @Test
    void a_wall_page_carries_the_current_picture_and_the_screens_own_panels_for_its_first_frame() {
        PairedScreen paired = CurrentActor.asSystem(() -> screens.pair("Layar Awal " + System.nanoTime()));
        SignIn.as(context, "admin");
        screens.setPanels(paired.screen().id(), paired.screen().version(), List.of(WallPanelKind.PETA));
        WallFirstFrame frame = context.getBean(WallFirstFrame.class);
        long before = context.getBean(WallModelService.class).pictures().sequence();

        JsonNode first = JsonMapper.shared()
                .readTree(frame.firstFrame("layar:" + paired.screen().id(), Locale.ENGLISH));

        assertThat(first.get("panels").toString()).isEqualTo("[\"PETA\"]");
        assertThat(first.get("model").get("sequence").asLong()).isGreaterThanOrEqualTo(before);
        assertThat(first.get("model").get("posts")).hasSize(7);
        assertThat(WallFirstFrame.isWallPage("/layar")).isTrue();
        assertThat(WallFirstFrame.isWallPage("/situasi")).isFalse();
    }

    @Test
    void a_first_frames_text_cannot_end_the_script_element_it_stands_in() {
        String json = "{\"text\":\"Pernyataan </script><script>alert(1)</script>\"}";

        String safe = WallFirstFrame.scriptSafe(json);

        assertThat(safe).doesNotContain("<");
        assertThat(JsonMapper.shared().readTree(safe).get("text").asString())
                .isEqualTo("Pernyataan </script><script>alert(1)</script>");
    }

    private void openAsScreen() {
        PairedScreen paired = CurrentActor.asSystem(() -> screens.pair("Layar Karibu " + System.nanoTime()));
        KaribuSupport.loginAs(screens.authenticate(paired.token()).orElseThrow(), "layar");
        _assertOne(WallView.class);
    }
}
