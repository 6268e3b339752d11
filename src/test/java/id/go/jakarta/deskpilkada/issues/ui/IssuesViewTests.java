package id.go.jakarta.deskpilkada.issues.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IssuesViewTests extends KaribuTest {

    static final String JAKPUS = "31.71";
    static final String JAKUT = "31.72";
    static final String GAMBIR_KEC = "31.71.01";
    static final String GAMBIR_KEL = "31.71.01.1001";
    static final String MENTENG_KEL = "31.71.06.1001";
    static final String KELAPA_GADING_TIMUR = "31.72.06.1001";

    @Autowired
    IssueService issues;

    @Autowired
    StaffService staff;

    @Test
    void the_board_shows_the_open_issues_of_each_wilayah_by_status_and_severity_and_follows_new_ones() {
        login("ketua.jakpus");
        IssueCounts.Open before = issues.counts().wilayah(JAKPUS);
        String marker = marker();
        issues.file(form("Massa berkumpul " + marker, "KAMTIBMAS", Severity.KRITIS, GAMBIR_KEL), null);
        IssueInfo second =
                issues.file(form("Spanduk liar " + marker, "KAMPANYE_APK", Severity.RENDAH, MENTENG_KEL), null);
        issues.verify(second.id(), second.version());

        IssuesView view = open();
        IssueBoardCard card = view.board.cards.get(JAKPUS);
        assertThat(card.total.getText()).isEqualTo(String.valueOf(before.total() + 2));
        assertThat(card.severities.get(Severity.KRITIS).getText())
                .isEqualTo("Kritis " + (before.of(Severity.KRITIS) + 1));
        assertThat(card.statuses.get(IssueStatus.TERVERIFIKASI).getText())
                .isEqualTo("Terverifikasi " + (before.of(IssueStatus.TERVERIFIKASI) + 1));
        assertThat(card.oldest.getText()).startsWith("tertua ");
        assertThat(card.trend.getOptionJson()).contains("Dilaporkan").contains("Ditutup");
        assertThat(view.board.cards).hasSize(7).containsKeys(JAKUT, "");

        issues.file(form("Ujaran kebencian " + marker, "HOAKS", Severity.KRITIS, GAMBIR_KEL), null);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(card.total.getText()).isEqualTo(String.valueOf(before.total() + 3));
            assertThat(card.severities.get(Severity.KRITIS).getText())
                    .isEqualTo("Kritis " + (before.of(Severity.KRITIS) + 2));
        });
        _setValue(view.search, marker);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
    }

    @Test
    void the_filters_narrow_the_list_by_text_severity_status_wilayah_and_number() {
        login("ketua.jakpus");
        String marker = marker();
        IssueInfo kritis =
                issues.file(form("Massa berkumpul " + marker, "KAMTIBMAS", Severity.KRITIS, GAMBIR_KEL), null);
        IssueInfo tinggi =
                issues.file(form("Politik uang " + marker, "POLITIK_UANG", Severity.TINGGI, MENTENG_KEL), null);
        IssueInfo rendah =
                issues.file(form("Spanduk liar " + marker, "KAMPANYE_APK", Severity.RENDAH, GAMBIR_KEL), null);
        issues.verify(tinggi.id(), tinggi.version());

        IssuesView view = open();
        _setValue(view.search, marker);
        assertThat(ids(view)).containsExactly(rendah.id(), tinggi.id(), kritis.id());
        assertThat(view.total.getElement().getAttribute("data-count")).isEqualTo("3");

        _setValue(view.severityFilter, Set.of(Severity.KRITIS, Severity.RENDAH));
        assertThat(ids(view)).containsExactly(rendah.id(), kritis.id());
        _setValue(view.severityFilter, Set.of());
        _setValue(view.statusFilter, Set.of(IssueStatus.TERVERIFIKASI));
        assertThat(ids(view)).containsExactly(tinggi.id());
        _setValue(view.statusFilter, Set.of());

        _setValue(
                view.wilayahFilter,
                area(view.wilayahFilter.getListDataView().getItems().toList(), JAKPUS));
        assertThat(ids(view)).hasSize(3);
        _setValue(
                view.kecamatanFilter,
                area(view.kecamatanFilter.getListDataView().getItems().toList(), GAMBIR_KEC));
        assertThat(ids(view)).containsExactly(rendah.id(), kritis.id());
        _setValue(
                view.wilayahFilter,
                area(view.wilayahFilter.getListDataView().getItems().toList(), JAKUT));
        assertThat(view.kecamatanFilter.getValue()).isNull();
        assertThat(ids(view)).isEmpty();
        assertThat(view.queryParameters().getQueryString())
                .contains("wilayah=31.72")
                .contains("cari=" + marker);

        _click(view.clearFilters);
        _setValue(view.search, "#" + tinggi.id());
        assertThat(ids(view)).containsExactly(tinggi.id());
    }

    @Test
    void the_filter_is_taken_from_the_address_so_a_filtered_list_can_be_shared() {
        login("ketua.jakpus");
        String marker = marker();
        IssueInfo kritis = issues.file(form("Bentrok " + marker, "KAMTIBMAS", Severity.KRITIS, GAMBIR_KEL), null);
        issues.file(form("Spanduk " + marker, "KAMPANYE_APK", Severity.RENDAH, GAMBIR_KEL), null);

        UI.getCurrent()
                .navigate(
                        "permasalahan",
                        QueryParameters.fromString("keparahan=KRITIS&cari=" + marker + "&wilayah=" + GAMBIR_KEL));
        IssuesView view = _get(IssuesView.class);
        assertThat(view.severityFilter.getValue()).containsExactly(Severity.KRITIS);
        assertThat(view.search.getValue()).isEqualTo(marker);
        assertThat(view.wilayahFilter.getValue().code()).isEqualTo(JAKPUS);
        assertThat(view.kecamatanFilter.getValue().code()).isEqualTo(GAMBIR_KEC);
        assertThat(view.kelurahanFilter.getValue().code()).isEqualTo(GAMBIR_KEL);
        assertThat(ids(view)).containsExactly(kritis.id());
    }

    @Test
    void a_liaison_sees_only_the_issues_referred_to_his_agency_but_the_public_board_of_every_wilayah() {
        login("ketua.jakpus");
        String marker = marker();
        IssueInfo referred =
                issues.file(form("Pengerahan massa " + marker, "KAMTIBMAS", Severity.TINGGI, GAMBIR_KEL), null);
        issues.file(form("Kotak suara rusak " + marker, "LOGISTIK", Severity.TINGGI, GAMBIR_KEL), null);
        IssueInfo verified = issues.verify(referred.id(), referred.version());
        issues.refer(
                verified.id(),
                verified.version(),
                staff.unitByCode("POLDA").orElseThrow().id(),
                null);
        SignIn.out();

        login("polda");
        IssuesView view = open();
        long polda = staff.unitByCode("POLDA").orElseThrow().id();
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.assignedUnitId()).isEqualTo(polda));
        _setValue(view.search, marker);
        assertThat(ids(view)).containsExactly(referred.id());
        assertThat(view.board.cards.get(JAKPUS).total.getText())
                .isEqualTo(String.valueOf(issues.counts().wilayah(JAKPUS).total()));
        assertThat(view.file.isVisible()).isFalse();
    }

    @Test
    void a_board_card_narrows_the_list_to_its_wilayah_and_the_provincial_card_widens_it_again() {
        login("sekda");
        String marker = marker();
        IssueInfo jakut = issues.file(
                form("Kotak suara basah " + marker, "LOGISTIK", Severity.SEDANG, KELAPA_GADING_TIMUR), null);
        IssueInfo jakpus =
                issues.file(form("Logistik terlambat " + marker, "LOGISTIK", Severity.SEDANG, GAMBIR_KEL), null);

        IssuesView view = open();
        _setValue(view.search, marker);
        assertThat(ids(view)).containsExactly(jakpus.id(), jakut.id());
        _click(view.board.cards.get(JAKUT));
        assertThat(view.wilayahFilter.getValue().code()).isEqualTo(JAKUT);
        assertThat(view.board.cards.get(JAKUT).getClassNames()).contains("issue-card-selected");
        assertThat(ids(view)).containsExactly(jakut.id());

        _click(view.board.cards.get(""));
        assertThat(view.wilayahFilter.getValue()).isNull();
        assertThat(view.board.cards.get(JAKUT).getClassNames()).doesNotContain("issue-card-selected");
        assertThat(ids(view)).containsExactly(jakpus.id(), jakut.id());
        assertThat(view.file.isVisible()).isTrue();
    }

    @Test
    void a_row_click_opens_the_issue() {
        login("ketua.jakpus");
        String marker = marker();
        IssueInfo issue =
                issues.file(form("Intimidasi saksi " + marker, "KAMTIBMAS", Severity.SEDANG, GAMBIR_KEL), null);
        IssuesView view = open();
        _setValue(view.search, marker);
        GridKt._clickItem(view.grid, 0);
        assertThat(navigatedTo("permasalahan/" + issue.id())).isTrue();
    }

    @Test
    void the_filtered_list_is_exported_off_the_ui_thread_and_offered_as_a_file() throws Exception {
        login("ketua.jakpus");
        String marker = marker();
        IssueInfo one = issues.file(form("Pemilih ganda " + marker, "DPT", Severity.SEDANG, GAMBIR_KEL), null);
        IssueInfo two =
                issues.file(form("Pemilih tidak terdaftar " + marker, "DPT", Severity.SEDANG, GAMBIR_KEL), null);
        IssuesView view = open();
        _setValue(view.search, marker);

        _click(view.export.csv);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.export.download.isVisible()).isTrue();
        });
        Path file = view.export.ready();
        assertThat(file).isNotNull().exists();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(two.id() + ";");
        assertThat(lines.get(2)).startsWith(one.id() + ";");
        assertThat(view.export.status.getText()).isEqualTo("2 baris siap diunduh.");
        assertThat(view.export.csv.isEnabled()).isTrue();

        UI.getCurrent().navigate("");
        assertThat(file).doesNotExist();
    }

    private IssuesView open() {
        UI.getCurrent().navigate("permasalahan");
        return _get(IssuesView.class);
    }

    /**
     * The detail screen is another package's; until it is there, Vaadin hands an unknown route to
     * the browser's router, so the request shows as a pending script call instead.
     */
    private static boolean navigatedTo(String path) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getActiveViewLocation().getPath().equals(path)
                || ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                        .anyMatch(i -> (i.getInvocation().getExpression()
                                        + i.getInvocation().getParameters())
                                .contains(path));
    }

    private static List<Long> ids(IssuesView view) {
        return GridKt._fetch(view.grid, 0, IssuesView.PAGE).stream()
                .map(IssueInfo::id)
                .toList();
    }

    private static id.go.jakarta.deskpilkada.wilayah.WilayahArea area(
            List<id.go.jakarta.deskpilkada.wilayah.WilayahArea> items, String code) {
        return items.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private static String marker() {
        return "layar"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    private IssueForm form(String title, String categoryCode, Severity severity, String kelurahan) {
        return new IssueForm(
                title,
                null,
                category(categoryCode),
                severity,
                null,
                null,
                kelurahan,
                null,
                null,
                IssueSource.POSKO,
                null);
    }

    private long category(String code) {
        return issues.categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
