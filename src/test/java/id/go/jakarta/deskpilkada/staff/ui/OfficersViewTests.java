package id.go.jakarta.deskpilkada.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.ImportProblemsDialog;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfficersViewTests extends KaribuTest {

    @Autowired
    StaffService staff;

    @Autowired
    PoskoService posko;

    @Test
    void a_chief_sees_the_officers_of_his_own_post_only() {
        login("ketua.jakpus");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);

        assertThat(view.post.isVisible()).isFalse();
        assertThat(view.post.getValue().code()).isEqualTo("JAKPUS");
        List<OfficerInfo> shown = items(view);
        assertThat(shown)
                .hasSize(staff.officersOf(post("JAKPUS")).size())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.homePoskoId()).isEqualTo(post("JAKPUS")));
        assertThat(view.add.isVisible()).isTrue();
        assertThat(view.upload.isVisible()).isTrue();
    }

    @Test
    void leadership_filters_by_post_and_searches_by_name_or_nip_but_changes_nothing() {
        login("sekda");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);

        assertThat(view.post.isVisible()).isTrue();
        assertThat(view.post.getValue()).isNull();
        assertThat(items(view))
                .extracting(OfficerInfo::homePoskoId)
                .hasSizeGreaterThanOrEqualTo(68)
                .contains(post("BALAIKOTA"), post("KEPSERIBU"));

        _setValue(view.post, option(view, "JAKUT"));
        List<OfficerInfo> jakut = items(view);
        assertThat(jakut)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.homePoskoId()).isEqualTo(post("JAKUT")));

        OfficerInfo someone = jakut.get(3);
        _setValue(view.search, someone.fullName().split(" ")[0].toLowerCase());
        assertThat(items(view))
                .contains(someone)
                .allSatisfy(o -> assertThat(o.fullName().toLowerCase())
                        .contains(someone.fullName().split(" ")[0].toLowerCase()));
        _setValue(
                view.search, someone.nip().substring(0, 8) + " " + someone.nip().substring(8));
        assertThat(items(view)).containsExactly(someone);

        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.toggleActive.isVisible()).isFalse();
        assertThat(view.upload.isVisible()).isFalse();
        assertThat(view.exportCsv.isVisible()).isTrue();
        assertThat(view.exportXlsx.isVisible()).isTrue();
    }

    @Test
    void the_edit_dialog_explains_bad_input_in_indonesian_and_saves_nothing() {
        login("admin");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);
        _setValue(view.post, option(view, "JAKBAR"));
        OfficerInfo officer = items(view).stream()
                .filter(o -> o.postRole() == PostRole.OPERATOR)
                .findFirst()
                .orElseThrow();
        view.grid.select(officer);
        _click(view.edit);
        OfficerDialog dialog = _get(OfficerDialog.class);
        assertThat(dialog.nip.getValue()).isEqualTo(officer.nip());

        _setValue(dialog.phone, "12345");
        _setValue(dialog.nip, "1980010120050117");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.phone.getErrorMessage())
                .isEqualTo("Nomor telepon 12345 tidak sah: gunakan nomor seluler Indonesia, mis. 0812-3456-7890 atau "
                        + "+62 812 3456 7890.");
        assertThat(dialog.nip.getErrorMessage()).isEqualTo("NIP 1980010120050117 harus terdiri dari 18 angka.");

        // What only the service knows is said above the buttons.
        _setValue(dialog.nip, officer.nip());
        _setValue(dialog.phone, "0812 3456 7890");
        _setValue(dialog.role, PostRole.TEKNISI_KOMINFOMAS);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).startsWith("Peran Teknisi Kominfomas hanya untuk petugas dari Kominfomas");
        assertThat(staff.officer(officer.id())).isEqualTo(officer);
    }

    @Test
    void a_chief_deactivates_and_reactivates_an_officer_of_his_post() {
        login("ketua.jaksel");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);
        OfficerInfo officer =
                items(view).stream().filter(OfficerInfo::active).findFirst().orElseThrow();
        view.grid.select(officer);
        assertThat(view.toggleActive.getText()).isEqualTo("Nonaktifkan");

        _click(view.toggleActive);
        assertThat(staff.officer(officer.id()).active()).isFalse();
        assertThat(view.grid.asSingleSelect().getValue().active()).isFalse();
        assertThat(view.toggleActive.getText()).isEqualTo("Aktifkan");
        NotificationsKt.expectNotifications(officer.fullName() + " dinonaktifkan.");

        _click(view.toggleActive);
        assertThat(staff.officer(officer.id()).active()).isTrue();
    }

    @Test
    void an_import_with_bad_rows_shows_every_line_and_imports_nothing() {
        login("admin");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);
        int before = items(view).size();
        String csv = """
                nip;nama;unit;peran;telepon;posko
                198203152008011003;Rahmat Hidayat;DUKCAPIL;Operator;;JAKPUS
                19820315200801100;Dewi Lestari;DUKCAPIL;Operator;;JAKPUS
                199001202015031005;Budi Santoso;DUKCAPIL;Penghubung Forkopimda;;JAKPUS
                """;

        view.startImport(UI.getCurrent(), csv.getBytes(StandardCharsets.UTF_8), "petugas.csv");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.runUIQueue();
            return !_find(ImportProblemsDialog.class).isEmpty();
        });
        ImportProblemsDialog problems = _get(ImportProblemsDialog.class);
        assertThat(problems.getHeaderTitle()).isEqualTo("Impor dibatalkan: petugas.csv");
        assertThat(problems.summary()).startsWith("2 baris bermasalah. Tidak ada petugas yang disimpan");
        List<ImportResult.BadRow> rows = problems.rows();
        assertThat(rows).extracting(ImportResult.BadRow::line).containsExactly(3, 4);
        assertThat(problems.reason(rows.get(1))).startsWith("Peran Penghubung Forkopimda hanya untuk");
        assertThat(items(view)).hasSize(before);
    }

    @Test
    void a_chief_reimporting_his_posts_export_is_told_every_officer_is_unchanged() {
        login("ketua.jakpus");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);
        int officers = staff.officersOf(post("JAKPUS")).size();
        byte[] file = staff.exportOfficers(TableFormat.XLSX, post("JAKPUS"));

        view.startImport(UI.getCurrent(), file, "petugas-jakpus.xlsx");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            NotificationsKt.expectNotifications(
                    officers + " petugas diimpor: 0 baru, 0 diperbarui, " + officers + " tanpa perubahan.");
        });
        assertThat(_find(ImportProblemsDialog.class)).isEmpty();
        assertThat(items(view)).hasSize(officers);
    }

    @Test
    void a_file_that_is_no_spreadsheet_is_explained_without_a_stack_trace() {
        login("ketua.jaktim");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        view.startImport(UI.getCurrent(), png, "petugas.csv");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            NotificationsKt.expectNotifications("Berkas ini bukan CSV atau XLSX. Simpan datanya sebagai CSV "
                    + "(UTF-8) atau XLSX, lalu unggah lagi.");
        });
    }

    @Test
    void a_chief_exports_his_posts_officers_as_csv_off_the_ui_thread_and_downloads_the_file_once() {
        login("ketua.jakpus");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);

        _click(view.exportCsv);
        assertThat(view.exportCsv.isEnabled()).isFalse();
        assertThat(view.exportXlsx.isEnabled()).isFalse();
        assertThat(view.exported.isVisible()).isTrue();
        FileOffer.File file = offered(view);

        assertThat(file.name()).isEqualTo("petugas-jakpus.csv");
        assertThat(file.contentType()).startsWith("text/csv");
        List<String> lines = new String(file.content(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .lines()
                .toList();
        assertThat(lines.getFirst()).isEqualTo("nip;nama;unit;peran;telepon;posko;aktif;cadangan");
        assertThat(lines.subList(1, lines.size()))
                .hasSize(staff.officersOf(post("JAKPUS")).size())
                .allSatisfy(line -> assertThat(line.split(";")[5]).isEqualTo("JAKPUS"));
        assertThat(view.exportCsv.isEnabled()).isTrue();
        Anchor link = _get(view.exported, Anchor.class);
        assertThat(link.getText()).isEqualTo("Unduh petugas-jakpus.csv");

        assertThat(DownloadKt._download(link)).isEqualTo(file.content());
        MockVaadin.runUIQueue();
        assertThat(view.exported.ready()).isNull();
        assertThat(link.isVisible()).isFalse();
        assertThat(view.exported.getElement().getTextRecursively()).contains("Berkas sudah diunduh.");
        // The old address, asked again (a double click, a copied link), serves nothing.
        assertThat(DownloadKt.download(link)).isEmpty();
    }

    @Test
    void leadership_exports_the_chosen_post_as_xlsx_that_opens_with_the_officers_in_it() throws Exception {
        login("sekda");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);
        _setValue(view.post, option(view, "JAKUT"));

        _click(view.exportXlsx);
        FileOffer.File file = offered(view);

        assertThat(file.name()).isEqualTo("petugas-jakut.xlsx");
        List<OfficerInfo> jakut = staff.officersOf(post("JAKUT"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("nip");
            assertThat(sheet.getLastRowNum()).isEqualTo(jakut.size());
            List<String> nips = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                nips.add(sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("JAKUT");
            }
            assertThat(nips)
                    .containsExactlyInAnyOrderElementsOf(
                            jakut.stream().map(OfficerInfo::nip).toList());
        }
    }

    @Test
    void an_export_the_service_refuses_is_explained_in_the_users_language_and_offers_no_file() {
        login("sekda");
        UI.getCurrent().navigate("petugas");
        OfficersView view = _get(OfficersView.class);
        _setValue(view.post, option(view, "JAKUT"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // Meanwhile the browser signed in as Jakarta Pusat's chief (another tab): the file is made
        // as the person signed in at the click, and the service, not the screen, decides.
        SignIn.as(context, "ketua.jakpus");

        _click(view.exportCsv);

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            NotificationsKt.expectNotifications("You may not manage the officers of this post.");
        });
        assertThat(view.exportCsv.isEnabled()).isTrue();
        assertThat(view.exported.ready()).isNull();
        assertThat(view.exported.isVisible()).isFalse();
    }

    /** Waits for the export started by a click and returns the file offered. */
    private static FileOffer.File offered(OfficersView view) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.exported.ready()).isNotNull();
        });
        return view.exported.ready();
    }

    private static List<OfficerInfo> items(OfficersView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    private static PoskoTile option(OfficersView view, String code) {
        return view.post
                .getListDataView()
                .getItems()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private PoskoTile tile(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long post(String code) {
        return tile(code).id();
    }
}
