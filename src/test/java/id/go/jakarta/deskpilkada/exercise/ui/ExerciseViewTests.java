package id.go.jakarta.deskpilkada.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.ui.NotFoundView;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.exercise.ExerciseRun;
import id.go.jakarta.deskpilkada.exercise.ExerciseService;
import id.go.jakarta.deskpilkada.exercise.RunStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The exercise screen and banner, on a context of its own (the exercise mode is global to a desk). */
@TestPropertySource(properties = "desk.test.context=exercise-ui")
class ExerciseViewTests extends KaribuTest {

    @Autowired
    ElectionService elections;

    @Autowired
    ExerciseService exercise;

    @Autowired
    ExerciseMode mode;

    private static void banner(boolean shown) {
        if (shown) {
            assertThat(_get(Div.class, spec -> spec.withClasses("exercise-banner"))
                            .getText())
                    .isEqualTo("LATIHAN - BUKAN KEJADIAN SEBENARNYA");
        } else {
            _assertNone(Div.class, spec -> spec.withClasses("exercise-banner"));
        }
    }

    @Test
    void an_admin_creates_and_activates_an_exercise_runs_a_scenario_and_everybody_sees_the_banner() {
        login("admin");
        UI.getCurrent().navigate("admin/latihan");
        ExerciseView view = _get(ExerciseView.class);
        assertThat(view.mode.getText()).startsWith("Mode nyata");
        banner(false);
        ElectionInfo real = elections.active().orElseThrow();
        assertThat(view.source.getValue()).isEqualTo(real);
        _setValue(view.code, "GLADI-UI");
        _setValue(view.name, "Gladi layar");
        _setValue(view.votingDay, LocalDate.now());
        _click(view.create);
        assertThat(view.error.isVisible()).isFalse();
        ElectionInfo drill = elections.all().stream()
                .filter(e -> e.code().equals("GLADI-UI"))
                .findFirst()
                .orElseThrow();
        assertThat(view.elections.getGenericDataView().getItems()).contains(drill);

        elections.activate(drill.id());
        await().atMost(Duration.ofSeconds(20)).until(mode::exercise);
        UI.getCurrent().navigate("admin/latihan");
        view = _get(ExerciseView.class);
        banner(true);
        assertThat(view.mode.getText()).startsWith("MODE LATIHAN: Gladi layar");

        assertThat(view.start.isEnabled()).as("nothing checked yet").isFalse();
        view.showCheck(exercise.check("""
                {"name": "Gladi singkat", "injects": [
                  {"after": "00:00", "type": "LATE_REPORT", "post": "KEPSERIBU", "as": "admin"}]}
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(view.checkResult.getElement().getTextRecursively())
                .contains("Skenario \"Gladi singkat\" sah: 1 injeksi");
        _click(view.start);
        assertThat(view.error.isVisible()).isFalse();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> exercise.current().map(r -> !r.running()).orElse(false));
        view.refresh();
        ExerciseRun run = exercise.current().orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(view.runStatus.getText()).contains("Gladi singkat: selesai, 1 dari 1 injeksi, 0 gagal");
        assertThat(view.lines.getGenericDataView().getItems()).hasSize(1);

        login("petugas.jakpus");
        banner(true);
        UI.getCurrent().navigate("admin/latihan");
        _assertOne(NotFoundView.Denied.class);

        login("admin");
        elections.activate(real.id());
        await().atMost(Duration.ofSeconds(20)).until(() -> !mode.exercise());
        UI.getCurrent().navigate("admin/latihan");
        banner(false);
    }

    @Test
    void a_bad_scenario_file_is_explained_inject_by_inject_and_cannot_start() {
        login("admin");
        UI.getCurrent().navigate("admin/latihan");
        ExerciseView view = _get(ExerciseView.class);
        view.showCheck(exercise.check("""
                {"name": "Rusak", "injects": [
                  {"after": "xx", "type": "LATE_REPORT", "post": "KEPSERIBU", "as": "admin"},
                  {"after": "00:10", "type": "ISSUE", "post": "BOGOR", "as": "admin", "title": "t", "category": "LOGISTIK"}]}
                """.getBytes(StandardCharsets.UTF_8)));
        String shown = view.checkResult.getElement().getTextRecursively();
        assertThat(shown)
                .contains("Skenario tidak dapat dijalankan")
                .contains("Injeksi 1: isian \"after\" harus berupa waktu sejak mulai")
                .contains("Injeksi 2: pos \"BOGOR\" tidak dikenal.");
        assertThat(view.start.isEnabled()).isFalse();
    }
}
