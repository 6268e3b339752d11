package id.go.jakarta.deskpilkada.issues.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.ImportProblemsDialog;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.CategoryService;
import id.go.jakarta.deskpilkada.issues.IssueService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The issue categories screen of the setup console. The categories these tests make stay in the
 * shared test database, so each has a code and a name of its own.
 */
class CategoriesViewTests extends KaribuTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    CategoryService categories;

    @Autowired
    IssueService issues;

    private static CategoriesView open() {
        UI.getCurrent().navigate("admin/kategori");
        return _get(CategoriesView.class);
    }

    private static String fresh() {
        return "UJI_KATEGORI_" + SERIAL.incrementAndGet() + "_" + System.nanoTime() % 100_000;
    }

    private CategoryInfo existing() {
        String code = fresh();
        return categories.create(code, "Kategori " + code);
    }

    private CategoryInfo stored(long id) {
        return issues.categories().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static CategoriesView.CategoryRow row(CategoriesView view, String code) {
        return view.rows.stream()
                .filter(r -> r.shown.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    /** The categories an officer may file a new issue under, by code (signs him in). */
    private List<String> offeredOnTheIssueForm() {
        login("petugas.jakpus");
        UI.getCurrent().navigate("permasalahan/baru");
        return _get(IssueFormView.class)
                .fields
                .category
                .getListDataView()
                .getItems()
                .map(CategoryInfo::code)
                .toList();
    }

    @Test
    void an_admin_adds_a_category_at_the_end_and_officers_can_file_under_it() {
        login("admin");
        CategoriesView view = open();
        String code = fresh();
        _setValue(view.newCode, code);
        _setValue(view.newName, "Pungutan liar " + code);
        _click(view.create);

        CategoriesView.CategoryRow added = view.rows.getLast();
        assertThat(added.shown.code()).isEqualTo(code);
        assertThat(added.name.getValue()).isEqualTo("Pungutan liar " + code);
        assertThat(added.place.getText()).isEqualTo(view.rows.size() + ".");
        assertThat(added.lower.isEnabled()).isFalse();
        assertThat(view.newCode.getValue()).isEmpty();
        assertThat(notifications()).contains("Kategori Pungutan liar " + code + " ditambahkan di akhir daftar.");
        assertThat(offeredOnTheIssueForm()).endsWith(code);
    }

    @Test
    void a_rename_against_a_stale_version_is_refused_and_neither_name_is_lost() {
        login("admin");
        CategoryInfo category = existing();
        CategoriesView view = open();
        _setValue(row(view, category.code()).name, "Nama saya " + category.code());

        // Another admin renames it first.
        CategoryInfo theirs = categories.rename(category.id(), category.version(), "Nama mereka " + category.code());
        _click(row(view, category.code()).save);

        assertThat(notifications())
                .contains("Kategori " + theirs.name() + " baru saja diubah orang lain. "
                        + "Perubahan Anda tidak disimpan: muat ulang dan periksa lagi.");
        assertThat(stored(category.id())).isEqualTo(theirs);
        CategoriesView.CategoryRow kept = row(view, category.code());
        assertThat(kept.name.getValue()).isEqualTo("Nama saya " + category.code());
        assertThat(kept.warning.isVisible()).isTrue();

        _click(kept.discard);
        assertThat(row(view, category.code()).name.getValue()).isEqualTo("Nama mereka " + category.code());
        assertThat(row(view, category.code()).warning.isVisible()).isFalse();
    }

    @Test
    void a_retired_category_is_no_longer_offered_on_the_issue_form_until_it_is_brought_back() {
        login("admin");
        CategoryInfo category = existing();
        CategoriesView view = open();

        _click(row(view, category.code()).toggle);

        CategoriesView.CategoryRow retired = row(view, category.code());
        assertThat(retired.retiredBadge.isVisible()).isTrue();
        assertThat(retired.toggle.getText()).isEqualTo("Aktifkan lagi");
        assertThat(stored(category.id()).active()).isFalse();
        assertThat(notifications())
                .contains("Kategori " + category.name()
                        + " dipensiunkan: tidak ditawarkan lagi untuk permasalahan baru.");
        assertThat(offeredOnTheIssueForm()).doesNotContain(category.code()).contains("KAMTIBMAS");

        login("admin");
        view = open();
        _click(row(view, category.code()).toggle);
        assertThat(stored(category.id()).active()).isTrue();
        assertThat(row(view, category.code()).retiredBadge.isVisible()).isFalse();
        assertThat(offeredOnTheIssueForm()).contains(category.code());
    }

    @Test
    void moving_a_category_down_and_up_again_restores_the_order() {
        login("admin");
        CategoryInfo upper = existing();
        CategoryInfo lower = existing();
        CategoriesView view = open();

        _click(row(view, upper.code()).lower);

        List<String> codes = view.rows.stream().map(r -> r.shown.code()).toList();
        assertThat(codes.subList(codes.size() - 2, codes.size())).containsExactly(lower.code(), upper.code());
        _click(row(view, upper.code()).raise);
        codes = view.rows.stream().map(r -> r.shown.code()).toList();
        assertThat(codes.subList(codes.size() - 2, codes.size())).containsExactly(upper.code(), lower.code());
    }

    @Test
    void an_import_with_bad_rows_lists_each_line_and_saves_nothing() {
        login("admin");
        CategoriesView view = open();
        List<CategoryInfo> before = issues.categories();
        String code = fresh();
        String csv = "kode;nama;urutan;aktif\n"
                + code + ";Kategori impor " + code + ";;\n"
                + "HOAKS;Politik uang;;\n"
                + "PUNGLI-;;2;\n"
                + "KAMTIBMAS;Kamtibmas / unjuk rasa;satu;\n";

        view.upload.start(UI.getCurrent(), csv.getBytes(StandardCharsets.UTF_8), "kategori.csv");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.runUIQueue();
            return !_find(ImportProblemsDialog.class).isEmpty();
        });
        ImportProblemsDialog problems = _get(ImportProblemsDialog.class);
        assertThat(problems.summary()).startsWith("3 baris bermasalah. Tidak ada kategori yang diubah");
        assertThat(problems.rows()).extracting(ImportResult.BadRow::line).containsExactly(3, 4, 5);
        assertThat(problems.rows())
                .extracting(problems::reason)
                .containsExactly(
                        "Nama \"Politik uang\" sudah dipakai kategori POLITIK_UANG.",
                        "Kolom nama wajib diisi.",
                        "Kolom urutan harus berisi bilangan bulat 1 sampai 9999, bukan \"satu\".");
        assertThat(issues.categories()).isEqualTo(before);
    }

    @Test
    void an_exported_file_imported_again_changes_nothing() {
        login("admin");
        existing();
        CategoriesView view = open();
        List<CategoryInfo> before = issues.categories();

        _click(view.csv);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.download.ready()).isNotNull();
        });
        FileOffer.File file = view.download.ready();
        assertThat(file.name()).isEqualTo("kategori-permasalahan.csv");
        assertThat(new String(file.content(), StandardCharsets.UTF_8).lines().findFirst())
                .contains("\uFEFFkode;nama;urutan;aktif");

        view.upload.start(UI.getCurrent(), file.content(), file.name());
        int count = before.size();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(notifications()).contains(count + " kategori diimpor: 0 baru, 0 diubah, " + count + " tetap.");
        });
        assertThat(issues.categories()).isEqualTo(before);
    }
}
