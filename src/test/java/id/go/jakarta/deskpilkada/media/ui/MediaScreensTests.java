package id.go.jakarta.deskpilkada.media.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.MediaStatus;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class MediaScreensTests extends KaribuTest {

    @Autowired
    MediaService media;

    @Test
    void a_statement_published_elsewhere_appears_in_the_register_by_push_and_a_correction_marks_it_superseded() {
        login("petugas.jakpus");
        UI.getCurrent().navigate("siaran-pers");
        MediaRegisterView register = _get(MediaRegisterView.class);
        String publisher = as(
                "bakesbangpol", () -> SignIn.as(context, "bakesbangpol").actor().displayName());

        StatementInfo out = published("Pemungutan suara berjalan tertib", "Seluruh TPS dibuka tepat waktu.");
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(textOf(register.list))
                    .contains("#" + out.id() + " Pemungutan suara berjalan tertib")
                    .contains("Seluruh TPS dibuka tepat waktu.")
                    .containsPattern("Diterbitkan \\d+ \\S+ \\d{4} \\d{2}:\\d{2} WIB oleh Bakesbangpol \\("
                            + java.util.regex.Pattern.quote(publisher) + "\\)");
        });
        assertThat(register.list.getChildren().findFirst().orElseThrow().getId())
                .hasValue("media-statement-" + out.id());

        StatementInfo correction = as(
                "ketua.balaikota",
                () -> media.correct(
                        out.id(),
                        new StatementForm(
                                "Pemungutan suara berjalan tertib (koreksi)",
                                "Hampir seluruh TPS dibuka tepat waktu.",
                                List.of())));
        publish(correction);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            Component first = register.list.getChildren().findFirst().orElseThrow();
            assertThat(textOf(first)).contains("#" + correction.id()).contains("Koreksi atas #" + out.id());
            Component old = register.list
                    .getChildren()
                    .filter(c -> c.getId().orElse("").equals("media-statement-" + out.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(textOf(old)).contains("Digantikan oleh koreksi #" + correction.id());
            assertThat(old.getElement().getClassList()).contains("media-card-superseded");
        });
    }

    @Test
    void bakesbangpol_finds_a_submitted_draft_in_the_review_queue_and_returns_it_with_a_note() {
        StatementInfo submitted = as("ketua.jakpus", () -> {
            StatementInfo draft = media.create(new StatementForm("Posko Jakarta Pusat siaga", "Teks awal.", List.of()));
            return media.submit(draft.id(), draft.version());
        });
        login("bakesbangpol");
        UI.getCurrent().navigate("siaran-pers/tinjauan");
        MediaReviewView queue = _get(MediaReviewView.class);
        assertThat(queue.grid.getGenericDataView().getItems().map(StatementInfo::id))
                .contains(submitted.id());

        UI.getCurrent().navigate("siaran-pers/naskah/" + submitted.id());
        StatementEditorView editor = _get(StatementEditorView.class);
        assertThat(editor.approve.isVisible()).isTrue();
        assertThat(editor.publish.isVisible()).isTrue();
        _click(editor.sendBack);
        assertThat(notifications()).anyMatch(n -> n.contains("Tulis catatan mengapa naskah dikembalikan."));
        _setValue(editor.reviewNote, "Tambahkan jumlah personel yang berjaga.");
        _click(editor.sendBack);

        assertThat(editor.status.getText()).startsWith("Dikembalikan");
        assertThat(editor.returnNote.getText())
                .isEqualTo("Dikembalikan Bakesbangpol: Tambahkan jumlah personel yang berjaga.");
        assertThat(editor.publish.isVisible()).isFalse();
        assertThat(as("ketua.jakpus", () -> media.statement(submitted.id()).status()))
                .isEqualTo(MediaStatus.RETURNED);
        UI.getCurrent().navigate("siaran-pers/tinjauan");
        assertThat(_get(MediaReviewView.class)
                        .grid
                        .getGenericDataView()
                        .getItems()
                        .map(StatementInfo::id))
                .doesNotContain(submitted.id());
    }

    @Test
    void bakesbangpol_publishes_from_the_editor_only_what_is_saved_and_the_statement_is_read_only_from_then_on() {
        StatementInfo submitted = as("ketua.jakbar", () -> {
            StatementInfo draft =
                    media.create(new StatementForm("Rekapitulasi Jakarta Barat selesai", "Teks.", List.of()));
            return media.submit(draft.id(), draft.version());
        });
        login("bakesbangpol");
        UI.getCurrent().navigate("siaran-pers/naskah/" + submitted.id());
        StatementEditorView editor = _get(StatementEditorView.class);
        _setValue(editor.text, "Teks yang belum disimpan.");
        _click(editor.publish);
        assertThat(notifications()).anyMatch(n -> n.startsWith("Simpan dulu perubahan naskah"));
        assertThat(editor.status.getText()).startsWith("Menunggu tinjauan");

        _click(editor.reload);
        _click(editor.publish);
        assertThat(editor.status.getText()).startsWith("Diterbitkan");
        assertThat(editor.text.getValue()).isEqualTo("Teks.");
        assertThat(editor.title.isReadOnly()).isTrue();
        assertThat(editor.text.isReadOnly()).isTrue();
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.publish.isVisible()).isFalse();
        assertThat(media.latestPublished().orElseThrow().id()).isEqualTo(submitted.id());
    }

    @Test
    void an_officer_drafts_in_the_editor_sees_no_review_actions_and_keeps_his_text_when_someone_saved_first() {
        login("petugas.jakpus");
        UI.getCurrent().navigate("siaran-pers/naskah");
        StatementEditorView editor = _get(StatementEditorView.class);
        assertThat(editor.history.isVisible()).isFalse();
        _setValue(editor.title, "Kondisi Gambir aman");
        _setValue(editor.text, "Tidak ada gangguan.");
        _click(editor.save);

        editor = _get(StatementEditorView.class);
        assertThat(editor.heading.getText()).startsWith("#").endsWith("Kondisi Gambir aman");
        assertThat(editor.approve.isVisible()).isFalse();
        assertThat(editor.publish.isVisible()).isFalse();
        assertThat(editor.sendBack.isVisible()).isFalse();
        assertThat(editor.submit.isVisible()).isTrue();
        long id = Long.parseLong(
                editor.heading.getText().substring(1, editor.heading.getText().indexOf(' ')));

        String chief = as("ketua.jakpus", () -> {
            StatementInfo seen = media.statement(id);
            media.save(
                    id,
                    seen.version(),
                    new StatementForm("Kondisi Gambir aman", "Tidak ada gangguan berarti.", List.of()));
            return SignIn.as(context, "ketua.jakpus").actor().displayName();
        });
        _setValue(editor.text, "Tidak ada gangguan sama sekali.");
        _click(editor.save);

        assertThat(notifications()).anyMatch(n -> n.contains("baru saja diubah oleh " + chief));
        assertThat(editor.text.getValue()).isEqualTo("Tidak ada gangguan sama sekali.");
        assertThat(as("ketua.jakpus", () -> media.versions(id)).size()).isEqualTo(2);
        StatementEditorView open = editor;
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(open.stale.isVisible()).isTrue();
            assertThat(open.stale.getText()).contains("baru saja diubah oleh " + chief);
        });
        assertThat(editor.text.getValue()).isEqualTo("Tidak ada gangguan sama sekali.");
        _click(editor.reload);
        assertThat(editor.stale.isVisible()).isFalse();
        assertThat(editor.text.getValue()).isEqualTo("Tidak ada gangguan berarti.");
        assertThat(editor.history.getGenericDataView().getItems().count()).isEqualTo(2);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private <T> T as(String username, Supplier<T> work) {
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(context, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(viewer);
        }
    }

    private StatementInfo published(String title, String text) {
        StatementInfo draft = as("ketua.balaikota", () -> media.create(new StatementForm(title, text, List.of())));
        return publish(draft);
    }

    private StatementInfo publish(StatementInfo draft) {
        StatementInfo submitted = as("ketua.balaikota", () -> media.submit(draft.id(), draft.version()));
        return as("bakesbangpol", () -> media.publish(submitted.id(), submitted.version()));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(MediaScreensTests::notificationText)
                .toList();
    }

    private static String notificationText(Notification n) {
        String own = n.getElement().getProperty("text", "");
        String inner = n.getChildren().map(MediaScreensTests::textOf).collect(Collectors.joining(" "));
        return (own + " " + inner).strip();
    }

    private static String textOf(Component c) {
        return c.getElement().getTextRecursively();
    }
}
