package id.go.jakarta.deskpilkada.issues.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.jakarta.deskpilkada.issues.AttachmentInfo;
import id.go.jakarta.deskpilkada.issues.AttachmentService;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.issues.TimelineKind;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IssueDetailViewTests extends IssueScreenTests {

    @Autowired
    AttachmentService attachments;

    @Test
    void the_buttons_are_only_those_the_person_may_use() {
        IssueInfo issue = file(
                "ketua.jakpus", "Baliho paslon menutup rambu lalu lintas", "KAMPANYE_APK", Severity.RENDAH, GAMBIR_KEL);

        login("ketua.jakpus");
        IssueDetailView view = openDetail(issue.id());
        assertThat(view.verify.isVisible()).isTrue();
        assertThat(view.reject.isVisible()).isTrue();
        assertThat(view.edit.isVisible()).isTrue();
        assertThat(view.escalate.isVisible()).isTrue();
        assertThat(view.refer.isVisible()).as("only once verified").isFalse();
        assertThat(view.acknowledge.isVisible()).isFalse();

        login("petugas.jakpus");
        view = openDetail(issue.id());
        assertThat(view.body.isVisible()).isTrue();
        assertThat(List.of(
                        view.verify,
                        view.refer,
                        view.resolve,
                        view.reject,
                        view.escalate,
                        view.edit,
                        view.acknowledge,
                        view.reportAction))
                .noneMatch(Button::isVisible);
        assertThat(view.commentBox.isVisible()).isTrue();
        assertThat(view.history.isVisible()).isFalse();

        // Not referred to his agency: for the liaison it does not exist.
        login("polda");
        view = openDetail(issue.id());
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.body.isVisible()).isFalse();

        as("ketua.jakpus", () -> {
            IssueInfo verified = issues.verify(issue.id(), issue.version());
            return issues.refer(issue.id(), verified.version(), unit("POLDA"), null);
        });
        view = openDetail(issue.id());
        assertThat(view.acknowledge.isVisible()).isTrue();
        assertThat(view.reportAction.isVisible()).isTrue();
        assertThat(List.of(view.verify, view.refer, view.resolve, view.reject, view.escalate, view.edit))
                .noneMatch(Button::isVisible);

        login("kodam");
        assertThat(openDetail(issue.id()).notFound.isVisible()).isTrue();
    }

    @Test
    void the_workflow_is_clicked_through_from_verification_to_the_agencys_acknowledgement() {
        IssueInfo issue = file(
                "ketua.jakpus", "Massa berkumpul di depan kantor kecamatan", "KAMTIBMAS", Severity.KRITIS, GAMBIR_KEL);
        login("ketua.jakpus");
        IssueDetailView view = openDetail(issue.id());
        assertThat(view.status.getText()).isEqualTo("Baru");

        _click(view.verify);
        assertThat(view.status.getText()).isEqualTo("Terverifikasi");
        assertThat(view.verify.isVisible()).isFalse();

        _click(view.refer);
        ActionDialog refer = _get(ActionDialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<UnitInfo> unit = _get(refer, ComboBox.class);
        // Forkopimda agencies come first in the list.
        assertThat(unit.getListDataView()
                        .getItems()
                        .findFirst()
                        .orElseThrow()
                        .kind()
                        .name())
                .isEqualTo("FORKOPIMDA");
        _setValue(unit, staff.unit(unit("POLDA")).orElseThrow());
        _setValue(_get(refer, TextArea.class), "Mohon pengamanan lokasi");
        _click(refer.confirm);
        assertThat(refer.isOpened()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Ditangani");
        assertThat(textOf(view.facts)).contains("Kepolisian Daerah Metro Jaya").contains("Belum diterima; batas");

        login("polda");
        UI.getCurrent().navigate("rujukan");
        LiaisonQueueView queue = _get(LiaisonQueueView.class);
        assertThat(queue.unit.isVisible()).isFalse();
        assertThat(textOf(queue.open)).contains("#" + issue.id() + " Massa berkumpul di depan kantor kecamatan");
        Button acknowledge = _find(queue.open, Button.class, spec -> spec.withText("Terima rujukan")).stream()
                .filter(b -> textOf(b.getParent().orElseThrow().getParent().orElseThrow())
                        .contains("#" + issue.id() + " "))
                .findFirst()
                .orElseThrow();
        _click(acknowledge);
        assertThat(textOf(queue.open)).contains("Diterima ");

        view = openDetail(issue.id());
        assertThat(view.acknowledge.isVisible()).isFalse();
        _click(view.reportAction);
        ActionDialog report = _get(ActionDialog.class);
        _setValue(_get(report, TextArea.class), "Dua regu Sabhara dikirim ke lokasi");
        _click(report.confirm);

        String timeline = textOf(view.timeline);
        assertThat(timeline)
                .contains("Dicatat")
                .contains("Baru \u2192 Terverifikasi")
                .contains("Dirujuk")
                .contains("Mohon pengamanan lokasi")
                .contains("Rujukan diterima")
                .contains("Penghubung Polda Metro Jaya")
                .contains("Tindakan")
                .contains("Dua regu Sabhara dikirim ke lokasi")
                .contains("WIB");
        assertThat(view.timeline.getChildren().count()).isEqualTo(5);
    }

    @Test
    void a_second_editor_is_told_who_changed_the_issue_and_keeps_what_he_typed() {
        IssueInfo issue =
                file("ketua.jakpus", "Surat suara tertukar antar TPS", "LOGISTIK", Severity.SEDANG, GAMBIR_KEL);
        login("sekda");
        IssueDetailView view = openDetail(issue.id());
        _click(view.edit);
        ActionDialog dialog = _get(ActionDialog.class);
        IssueFields fields = _get(dialog, IssueFields.class);
        assertThat(fields.title.getValue()).isEqualTo("Surat suara tertukar antar TPS");
        _setValue(fields.title, "Surat suara tertukar antar TPS 3 dan TPS 4");

        // Meanwhile the post's chief changes it.
        as(
                "ketua.jakpus",
                () -> issues.edit(
                        issue.id(),
                        issue.version(),
                        new IssueForm(
                                "Surat suara tertukar",
                                null,
                                category("LOGISTIK"),
                                Severity.TINGGI,
                                null,
                                null,
                                GAMBIR_KEL,
                                null,
                                null,
                                IssueSource.POSKO,
                                null)));

        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText())
                .startsWith("Permasalahan ini baru saja diubah oleh Ketua Posko Jakarta Pusat pukul ");
        assertThat(fields.title.getValue()).isEqualTo("Surat suara tertukar antar TPS 3 dan TPS 4");
        assertThat(dialog.reload.isVisible()).isTrue();
        assertThat(issues.issue(issue.id()).title()).isEqualTo("Surat suara tertukar");

        // He reloads (the screen behind shows the chief's change), checks, and saves knowingly.
        _click(dialog.reload);
        assertThat(view.heading.getText()).endsWith("Surat suara tertukar");
        assertThat(fields.title.getValue()).isEqualTo("Surat suara tertukar antar TPS 3 dan TPS 4");
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.heading.getText()).endsWith("Surat suara tertukar antar TPS 3 dan TPS 4");
    }

    @Test
    void a_one_click_step_on_a_changed_issue_offers_to_reload_instead_of_applying() {
        IssueInfo issue =
                file("ketua.jakpus", "Pemilih ditolak karena KTP luar daerah", "DPT", Severity.SEDANG, GAMBIR_KEL);
        login("ketua.jakpus");
        IssueDetailView view = openDetail(issue.id());
        as("sekda", () -> issues.verify(issue.id(), issue.version()));

        // Clicked before the push with sekda's change reached this screen. Karibu delivers pending
        // pushes on every lookup, as the browser would, so the banner is checked first.
        assertThat(view.verify.isVisible()).isTrue();
        view.verify();
        assertThat(view.stale.isVisible()).isTrue();
        assertThat(view.staleText.getText()).startsWith("Permasalahan ini baru saja diubah oleh Sekretaris Daerah");
        assertThat(view.status.getText())
                .as("what he saw stays until he reloads")
                .isEqualTo("Baru");
        view.staleReload.click();
        assertThat(view.stale.isVisible()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Terverifikasi");
        assertThat(view.verify.isVisible()).isFalse();
        assertThat(notifications())
                .anySatisfy(n -> assertThat(n).startsWith("Permasalahan ini baru saja diubah oleh Sekretaris Daerah"));
        assertThat(issues.timeline(issue.id()))
                .filteredOn(t -> t.kind() == TimelineKind.STATUS)
                .hasSize(1);
    }

    @Test
    void two_people_on_one_issue_see_each_others_changes_without_reloading() {
        IssueInfo issue = file(
                "ketua.jakpus", "Listrik padam di lokasi penghitungan suara", "BENCANA", Severity.TINGGI, GAMBIR_KEL);
        login("sekda");
        IssueDetailView view = openDetail(issue.id());
        as("petugas.jakpus", () -> issues.comment(issue.id(), "Genset dari kelurahan sedang dikirim"));
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(textOf(view.timeline)).contains("Genset dari kelurahan sedang dikirim");
        });
        as("ketua.jakpus", () -> issues.verify(issue.id(), issue.version()));
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.status.getText()).isEqualTo("Terverifikasi");
        });
    }

    @Test
    void the_revision_history_is_for_leadership_only_and_says_which_fields_changed() {
        IssueInfo issue =
                file("ketua.jakpus", "Intimidasi terhadap saksi paslon", "KAMTIBMAS", Severity.SEDANG, GAMBIR_KEL);
        as(
                "ketua.jakpus",
                () -> issues.edit(
                        issue.id(),
                        issue.version(),
                        new IssueForm(
                                "Intimidasi terhadap saksi paslon di TPS 4",
                                null,
                                category("KAMTIBMAS"),
                                Severity.TINGGI,
                                null,
                                null,
                                GAMBIR_KEL,
                                "4",
                                null,
                                IssueSource.POSKO,
                                null)));

        login("sekda");
        IssueDetailView view = openDetail(issue.id());
        assertThat(view.history.isVisible()).isTrue();
        assertThat(view.revisions.getChildren().count()).as("read when opened").isZero();
        view.history.setOpened(true);
        List<String> revisions =
                view.revisions.getChildren().map(IssueScreenTests::textOf).toList();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0)).contains("ketua.jakpus").contains("dicatat");
        assertThat(revisions.get(1))
                .contains("ketua.jakpus")
                .contains("diubah")
                .contains("Judul: Intimidasi terhadap saksi paslon \u2192 Intimidasi terhadap saksi paslon di TPS 4")
                .contains("Tingkat keparahan: Sedang \u2192 Tinggi")
                .contains("Nomor TPS: \u2013 \u2192 4")
                .doesNotContain("Kategori");

        for (String user : List.of("ketua.jakpus", "petugas.jakpus")) {
            login(user);
            assertThat(openDetail(issue.id()).history.isVisible()).as(user).isFalse();
        }
    }

    @Test
    void an_unknown_issue_reads_as_not_found_without_a_stack_trace() {
        login("sekda");
        for (String address : List.of("permasalahan/987654321", "permasalahan/abc")) {
            UI.getCurrent().navigate(address);
            IssueDetailView view = _get(IssueDetailView.class);
            assertThat(view.notFound.isVisible()).isTrue();
            assertThat(textOf(view.notFound)).contains("Permasalahan tidak ditemukan");
            assertThat(view.body.isVisible()).isFalse();
        }
    }

    @Test
    void a_photo_attached_on_the_detail_shows_as_a_thumbnail_and_a_wrong_file_is_refused() {
        IssueInfo issue =
                file("ketua.jakpus", "Spanduk hoaks dipasang di jembatan", "HOAKS", Severity.SEDANG, GAMBIR_KEL);
        login("petugas.jakpus");
        IssueDetailView view = openDetail(issue.id());
        assertThat(view.upload.isVisible()).isTrue();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        UploadKt._upload(view.upload, "spanduk.png", "image/png", png);
        MockVaadin.runUIQueue();
        List<AttachmentInfo> stored = attachments.attachments(issue.id());
        assertThat(stored).extracting(AttachmentInfo::fileName).containsExactly("spanduk.png");
        assertThat(_find(view.files, Image.class))
                .extracting(Image::getSrc)
                .containsExactly("lampiran/" + stored.getFirst().id());
        assertThat(textOf(view.timeline)).contains("Lampiran").contains("spanduk.png");

        UploadKt._upload(view.upload, "foto.jpg", "image/jpeg", "<html>".getBytes());
        MockVaadin.runUIQueue();
        assertThat(notifications()).contains("Hanya foto (JPEG, PNG, WebP) dan PDF yang dapat dilampirkan.");
        assertThat(attachments.attachments(issue.id())).hasSize(1);
        assertThat(issues.issue(issue.id()).status()).isEqualTo(IssueStatus.BARU);
    }
}
