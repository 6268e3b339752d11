package id.go.jakarta.deskpilkada.journal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.NotFoundView;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalEntryInfo;
import id.go.jakarta.deskpilkada.journal.JournalForm;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class JournalViewTests extends KaribuTest {

    @Autowired
    JournalService journal;

    @Autowired
    PoskoService posko;

    @Autowired
    Clock clock;

    @Test
    void a_chief_writes_from_the_quick_form_and_the_entry_shows_on_top_under_the_running_shift() {
        login("ketua.jakpus");
        JournalView view = open();
        assertThat(view.post.isVisible()).as("one post only: nothing to choose").isFalse();
        assertThat(view.entryForm.isVisible()).isTrue();

        _setValue(view.fields.category, JournalCategory.KAMTIBMAS);
        _setValue(view.fields.text, "Massa pendukung paslon berkumpul di depan KPU kota, dijaga Polres");
        _click(view.write);

        JournalEntryInfo top = view.shown().getFirst();
        assertThat(top.text()).isEqualTo("Massa pendukung paslon berkumpul di depan KPU kota, dijaga Polres");
        assertThat(top.category()).isEqualTo(JournalCategory.KAMTIBMAS);
        assertThat(text(view))
                .contains(
                        "Massa pendukung paslon",
                        "#" + top.id(),
                        "Kamtibmas",
                        "oleh Ketua Posko Jakarta Pusat",
                        top.shiftName());
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n ->
                        assertThat(n.getElement().getProperty("text")).isEqualTo("Entri #" + top.id() + " dicatat."));
        // Ready for the next entry, in the same category.
        assertThat(view.fields.text.getValue()).isEmpty();
        assertThat(view.fields.category.getValue()).isEqualTo(JournalCategory.KAMTIBMAS);
    }

    @Test
    void a_refused_entry_keeps_what_was_typed_and_points_at_the_field() {
        login("petugas.jakpus");
        JournalView view = open();
        int before = view.shown().size();
        _setValue(view.fields.category, JournalCategory.CUACA);
        _setValue(view.fields.text, "Hujan deras, genangan di TPS 7");
        _setValue(
                view.fields.time,
                LocalDateTime.now(clock.withZone(Wib.ZONE))
                        .plusHours(2)
                        .withSecond(0)
                        .withNano(0));
        _click(view.write);

        assertThat(view.fields.time.isInvalid()).isTrue();
        assertThat(view.fields.time.getErrorMessage()).isEqualTo("Waktu kejadian tidak boleh di masa depan.");
        assertThat(view.fields.text.getValue()).isEqualTo("Hujan deras, genangan di TPS 7");
        assertThat(view.shown()).hasSize(before);

        view.fields.time.clear();
        _setValue(view.fields.text, "   ");
        _click(view.write);
        assertThat(view.fields.text.isInvalid()).isTrue();
        assertThat(view.fields.time.isInvalid()).isFalse();
    }

    @Test
    void a_correction_is_saved_as_a_new_entry_and_the_old_one_reads_corrected_by_it() {
        JournalEntryInfo wrong = as(
                "petugas.jakbar",
                () -> journal.write(
                        post("JAKBAR"),
                        new JournalForm(
                                JournalCategory.LOGISTIK, "Surat suara kurang 40 lembar di TPS 3", null, null)));
        login("ketua.jakbar");
        JournalView view = open();
        assertThat(view.correctButtons).containsKey(wrong.id());

        _click(view.correctButtons.get(wrong.id()));
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        assertThat(dialog.fields.text.getValue()).isEqualTo("Surat suara kurang 40 lembar di TPS 3");
        assertThat(dialog.fields.category.getValue()).isEqualTo(JournalCategory.LOGISTIK);
        _setValue(dialog.fields.text, "Surat suara kurang 4 lembar di TPS 3");
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        JournalEntryInfo fix = view.shown().stream()
                .filter(e -> wrong.id() == (e.correctsId() == null ? 0 : e.correctsId()))
                .findFirst()
                .orElseThrow();
        assertThat(fix.text()).isEqualTo("Surat suara kurang 4 lembar di TPS 3");
        assertThat(text(view))
                .contains(
                        "dikoreksi oleh #" + fix.id(),
                        "koreksi atas #" + wrong.id(),
                        "Surat suara kurang 40 lembar di TPS 3");
        assertThat(view.correctButtons).doesNotContainKey(wrong.id()).containsKey(fix.id());
        assertThat(_get(
                                view.list,
                                com.vaadin.flow.component.html.Div.class,
                                spec -> spec.withId("journal-entry-" + wrong.id()))
                        .hasClassName("journal-entry-corrected"))
                .isTrue();
    }

    @Test
    void an_entry_written_elsewhere_appears_without_reloading() {
        login("sekda");
        JournalView view = open();
        assertThat(view.post.getValue()).as("leadership starts on every post").isNull();
        assertThat(view.entryForm.isVisible()).as("choose a post to write").isFalse();

        JournalEntryInfo entry = as(
                "petugas.jaktim",
                () -> journal.write(
                        post("JAKTIM"),
                        new JournalForm(JournalCategory.KOMUNIKASI, "Jaringan seluler putus di Cakung", null, null)));
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(text(view)).contains("Jaringan seluler putus di Cakung", "Posko Jakarta Timur");
            assertThat(view.shown().getFirst().id()).isEqualTo(entry.id());
        });

        _setValue(view.post, posko.tile(post("JAKTIM")).orElseThrow());
        assertThat(view.entryForm.isVisible()).isTrue();
        _setValue(view.categoryFilter, JournalCategory.CUACA);
        assertThat(view.shown())
                .noneMatch(e -> e.id() == entry.id())
                .allMatch(e -> e.category() == JournalCategory.CUACA);
        view.categoryFilter.clear();
        _setValue(view.dayFilter, entry.day().minusDays(2));
        assertThat(view.shown()).noneMatch(e -> e.id() == entry.id());
        _setValue(view.dayFilter, entry.day());
        assertThat(view.shown()).anyMatch(e -> e.id() == entry.id());
    }

    @Test
    void the_provincial_post_reads_every_journal_but_writes_only_its_own_and_a_liaison_cannot_open_it() {
        login("polda");
        UI.getCurrent().navigate("jurnal");
        _assertOne(NotFoundView.Denied.class);

        login("ketua.balaikota");
        JournalView view = open();
        assertThat(view.post.isVisible()).isTrue();
        assertThat(view.post.getValue().code()).isEqualTo("BALAIKOTA");
        assertThat(view.entryForm.isVisible()).isTrue();
        PoskoTile jakut = posko.tile(post("JAKUT")).orElseThrow();
        as(
                "petugas.jakut",
                () -> journal.write(
                        jakut.id(), new JournalForm(JournalCategory.LAINNYA, "Serah terima sif malam", null, null)));
        _setValue(view.post, jakut);
        assertThat(view.entryForm.isVisible()).isFalse();
        assertThat(view.correctButtons).isEmpty();
        assertThat(text(view)).contains("Serah terima sif malam");
    }

    private JournalView open() {
        UI.getCurrent().navigate("jurnal");
        return _get(JournalView.class);
    }

    private long post(String code) {
        return posko.tiles().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String text(JournalView view) {
        return view.list.getElement().getTextRecursively();
    }

    private <T> T as(String username, Supplier<T> work) {
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(context, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(viewer);
        }
    }
}
