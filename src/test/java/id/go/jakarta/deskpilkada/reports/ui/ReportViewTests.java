package id.go.jakarta.deskpilkada.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ConsolidatedReport;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportStatus;
import id.go.jakarta.deskpilkada.reports.ReportText;
import id.go.jakarta.deskpilkada.reports.internal.MissedForTests;
import id.go.jakarta.deskpilkada.reports.internal.ReportSchedule;
import id.go.jakarta.deskpilkada.reports.pdf.ConsolidatedPdf;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report list, the chief's form, the review, the daily report and the missed-report notification. */
class ReportViewTests extends KaribuTest {

    @Autowired
    ReportService reports;

    @Autowired
    ReportSchedule schedule;

    @Autowired
    PoskoService posko;

    @Autowired
    Clock clock;

    private long post(String code) {
        return posko.tiles().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .map(PoskoTile::id)
                .orElseThrow();
    }

    private Instant due(int daysBack, int index) {
        return schedule.duesOf(PoskoLevel.WILAYAH, Wib.today(clock).minusDays(daysBack))
                .get(index);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(ReportViewTests::text)
                .toList();
    }

    private static String text(Notification n) {
        String own = n.getElement().getProperty("text", "");
        String inner =
                n.getChildren().map(c -> c.getElement().getTextRecursively()).collect(Collectors.joining(" "));
        return (own + " " + inner).strip();
    }

    private ReportView open(long id) {
        UI.getCurrent().navigate("laporan/" + id);
        return _get(ReportView.class);
    }

    @Test
    void the_chief_writes_a_report_from_his_list_with_the_facts_prefilled_and_submits_it() {
        login("ketua.jakut");
        UI.getCurrent().navigate("laporan");
        ReportsView list = _get(ReportsView.class);
        assertThat(list.post.isVisible()).as("his own post only").isFalse();
        assertThat(list.overview.isVisible()).isFalse();
        assertThat(list.sekda.isVisible()).isFalse();
        assertThat(list.write.isVisible()).isTrue();
        Instant chosen = list.due.getValue();

        _click(list.write);
        ReportView form = _get(ReportView.class);
        assertThat(form.current().dueAt()).isEqualTo(chosen);
        assertThat(form.facts.getElement().getTextRecursively())
                .contains("Petugas hadir")
                .contains("Permasalahan baru")
                .contains("dihitung sekarang");
        assertThat(form.accept.isVisible()).isFalse();
        _setValue(form.kamtibmas, "Situasi aman dan kondusif");
        _setValue(form.kebutuhan, "Tambahan dua unit HT");
        _click(form.submit);

        assertThat(notifications()).contains("Laporan dikirim.");
        ReportInfo stored = reports.report(form.current().id());
        assertThat(stored.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(stored.text().kebutuhan()).isEqualTo("Tambahan dua unit HT");
        assertThat(form.kamtibmas.isReadOnly()).isTrue();
        assertThat(form.submit.isVisible()).isFalse();
        assertThat(form.facts.getElement().getTextRecursively()).contains("saat dikirim");
    }

    @Test
    void the_provincial_chief_returns_a_report_with_a_note_and_its_chief_edits_it_again() {
        SignIn.as(context, "ketua.jaksel");
        ReportInfo draft = reports.start(post("JAKSEL"), due(11, 1));
        ReportInfo sent = reports.submit(draft.id(), draft.version(), new ReportText("Aman", "", "", "", ""));

        login("ketua.balaikota");
        ReportView review = open(sent.id());
        assertThat(review.accept.isVisible()).isTrue();
        assertThat(review.sendBack.isVisible()).isTrue();
        assertThat(review.save.isVisible()).isFalse();
        _setValue(review.note, "Terlalu singkat");
        _click(review.sendBack);
        assertThat(reports.report(sent.id()).status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(review.accept.isVisible()).isFalse();
        // Resubmitted unchanged, to be returned again while its chief watches.
        SignIn.as(context, "ketua.jaksel");
        ReportInfo returned = reports.report(sent.id());
        reports.submit(returned.id(), returned.version(), returned.text());

        // The chief who has his submitted report open sees it come back without reloading.
        login("ketua.jaksel");
        ReportView form = open(sent.id());
        assertThat(form.kamtibmas.isReadOnly()).isTrue();
        SignIn.as(context, "ketua.balaikota");
        ReportInfo back = reports.sendBack(sent.id(), reports.report(sent.id()).version(), "Tambahkan jumlah massa");
        SignIn.as(context, "ketua.jaksel");
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(form.current().version()).isEqualTo(back.version());
        });
        assertThat(form.state.getText()).contains("dikembalikan: Tambahkan jumlah massa");
        assertThat(form.kamtibmas.isReadOnly()).isFalse();
        _setValue(form.kamtibmas, "Aman, massa sekitar 150 orang");
        _click(form.submit);
        assertThat(reports.report(sent.id()).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.report(sent.id()).text().kamtibmas()).isEqualTo("Aman, massa sekitar 150 orang");
    }

    @Test
    void a_save_on_a_stale_version_is_refused_and_the_typed_text_stays_until_reload() {
        login("ketua.jaktim");
        ReportInfo draft = reports.start(post("JAKTIM"), due(12, 0));
        ReportView form = open(draft.id());
        reports.save(draft.id(), draft.version(), new ReportText("Dari layar lain", "", "", "", ""));

        _setValue(form.kamtibmas, "Teks saya");
        _click(form.save);
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("telah diubah oleh"));
        assertThat(form.kamtibmas.getValue()).isEqualTo("Teks saya");
        assertThat(reports.report(draft.id()).text().kamtibmas()).isEqualTo("Dari layar lain");

        _click(form.reload);
        assertThat(form.kamtibmas.getValue()).isEqualTo("Dari layar lain");
    }

    @Test
    void an_accepted_report_is_read_only_and_offers_a_correction() {
        SignIn.as(context, "ketua.jakbar");
        ReportInfo draft = reports.start(post("JAKBAR"), due(13, 2));
        ReportInfo sent = reports.submit(draft.id(), draft.version(), new ReportText("Aman", "", "", "", ""));
        SignIn.as(context, "sekda");
        reports.accept(sent.id(), sent.version());

        login("ketua.jakbar");
        ReportView form = open(sent.id());
        assertThat(form.kamtibmas.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.correct.isVisible()).isTrue();
        _click(form.correct);
        ReportView correction = _get(ReportView.class);
        assertThat(correction.current().reportVersion()).isEqualTo(2);
        assertThat(correction.current().previousId()).isEqualTo(sent.id());
        assertThat(correction.kamtibmas.isReadOnly()).isFalse();
    }

    @Test
    void leadership_opens_the_sekda_daily_report_in_one_click_and_gets_its_pdf() {
        login("sekda");
        UI.getCurrent().navigate("laporan");
        ReportsView list = _get(ReportsView.class);
        assertThat(list.overview.isVisible()).isTrue();
        assertThat(list.overview.getGenericDataView().getItems().count()).isEqualTo(7);
        assertThat(list.sekda.isVisible()).isTrue();
        assertThat(list.write.isVisible())
                .as("leadership reads, it does not write")
                .isFalse();
        _click(list.sekda);
        ConsolidatedView daily = _get(ConsolidatedView.class);
        assertThat(daily.heading.getText()).startsWith("Laporan harian Sekda");
        assertThat(daily.content.getElement().getTextRecursively())
                .contains("Ringkasan Posko Balai Kota")
                .contains("Posko Jakarta Pusat");

        _click(daily.pdf);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(daily.ready).isNotNull();
        });
        assertThat(new String(daily.ready, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(daily.download.isVisible()).isTrue();
        assertThat(daily.progress.isVisible()).isFalse();
    }

    @Test
    void a_daily_report_pdf_that_cannot_be_written_is_explained_and_can_be_asked_for_again() {
        login("sekda");
        ConsolidatedView daily = new ConsolidatedView(reports, new ConsolidatedPdf() {
            @Override
            public void write(ConsolidatedReport report, OutputStream out, IntConsumer progress) throws IOException {
                progress.accept(1);
                throw new IOException("No space left on device: /tmp/desk");
            }
        });
        UI.getCurrent().add(daily);
        daily.show(reports.consolidated(Wib.today(clock)));

        _click(daily.pdf);
        assertThat(daily.pdf.isEnabled()).isFalse();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(daily.pdf.isEnabled()).isTrue();
        });
        assertThat(notifications())
                .anySatisfy(n -> assertThat(n)
                        .matches("Terjadi kesalahan tak terduga\\. Sampaikan kode [0-9a-f]{8} kepada admin\\.")
                        .doesNotContain("space", "IOException"));
        assertThat(daily.progress.isVisible()).isFalse();
        assertThat(daily.download.isVisible()).isFalse();
        assertThat(daily.ready).isNull();
    }

    @Test
    void the_sekda_daily_report_is_one_click_in_leaderships_menu_and_closed_to_a_wilayah_chief() {
        login("sekda");
        UI.getCurrent().navigate("laporan/harian");
        assertThat(_get(ConsolidatedView.class).heading.getText()).startsWith("Laporan harian Sekda");

        login("ketua.jakpus");
        UI.getCurrent().navigate("laporan/harian");
        _assertNone(ConsolidatedView.class);
        UI.getCurrent().navigate("laporan/konsolidasi/" + Wib.today(clock));
        _assertNone(ConsolidatedView.class);
    }

    @Test
    void a_missed_report_is_a_notification_on_its_chiefs_screen() {
        login("ketua.kepseribu");
        Instant future = schedule.nextDue(PoskoLevel.WILAYAH, clock.instant().plus(Duration.ofDays(20)));
        MissedForTests.flagAt(context, schedule.lateAfter(future));
        String expected = "Laporan Posko Kepulauan Seribu untuk "
                + ReportSchedule.label(future, java.util.Locale.forLanguageTag("id")) + " belum dikirim.";
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(notifications()).anySatisfy(n -> assertThat(n).contains(expected));
        });
    }
}
