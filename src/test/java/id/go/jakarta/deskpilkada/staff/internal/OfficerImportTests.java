package id.go.jakarta.deskpilkada.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.Sheets;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficersChanged;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing and exporting officers. Each test runs in a transaction that is rolled back, so the
 * demo roster stays as the other tests expect it; files are built here with commons-csv and POI.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@RecordApplicationEvents
class OfficerImportTests {

    private static final List<String> HEADER =
            List.of("nip", "nama", "unit", "peran", "telepon", "posko", "aktif", "cadangan");
    private static final String NEW_A = "198203152008011003";
    private static final String NEW_B = "199001202015032004";

    @Autowired
    StaffService staff;

    @Autowired
    PoskoService posko;

    @Autowired
    Messages messages;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void import_with_bad_rows_imports_nothing_and_reports_every_line() throws IOException {
        SignIn.as(context, "admin");
        OfficerInfo registered = staff.officersOf(post("JAKPUS")).getFirst();
        List<List<String>> rows = mixedRows(registered);

        ImportResult result = staff.importOfficers(new ByteArrayInputStream(Sheets.csv(';', rows)));

        assertMixedRowsRefused(result, registered);
    }

    @Test
    void an_xlsx_with_bad_rows_imports_nothing_and_reports_every_line() throws IOException {
        SignIn.as(context, "admin");
        OfficerInfo registered = staff.officersOf(post("JAKPUS")).getFirst();

        ImportResult result =
                staff.importOfficers(new ByteArrayInputStream(Sheets.xlsx("Petugas", mixedRows(registered))));

        assertMixedRowsRefused(result, registered);
    }

    /** Lines: 1 header, 2 good new, 3 bad NIP, 4 good update, 5 unknown unit, 6 blank, 7 bad phone, ... */
    private List<List<String>> mixedRows(OfficerInfo registered) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(List.of(NEW_A, "Rahmat Hidayat", "DUKCAPIL", "Operator", "0812 3456 7890", "JAKPUS", "ya", "tidak"));
        rows.add(List.of("19820315200801100", "Dewi Lestari", "DUKCAPIL", "OPERATOR", "", "JAKPUS", "", ""));
        rows.add(List.of(
                registered.nip(),
                registered.fullName(),
                unitCode(registered.unitId()),
                registered.postRole().name(),
                "081199998888",
                "JAKPUS",
                "ya",
                registered.reserve() ? "ya" : "tidak"));
        rows.add(List.of(NEW_B, "Siti Rahayu", "DINAS_RAHASIA", "Staf", "", "JAKPUS", "", ""));
        rows.add(List.of("", "", "", "", "", "", "", ""));
        rows.add(List.of("199001202015031005", "Budi Santoso", "Biro Umum", "staf", "021-5551234", "JAKPUS", "", ""));
        rows.add(List.of("199001202015031006", "Eko Pratama", "DUKCAPIL", "Teknisi Kominfomas", "", "JAKPUS", "", ""));
        rows.add(List.of(NEW_A, "Rahmat Hidayat", "DUKCAPIL", "Operator", "", "JAKPUS", "", ""));
        rows.add(List.of("199001202015031007", "Yusuf Hakim", "DUKCAPIL", "Staf", "", "JAKPUS", "mungkin", ""));
        rows.add(List.of("199001202015031008", "Ayu Utami", "DUKCAPIL", "Staf", "", "JAKARTA", "", ""));
        rows.add(List.of("199001202015031009", "", "DUKCAPIL", "Staf", "", "JAKPUS", "", ""));
        return rows;
    }

    private void assertMixedRowsRefused(ImportResult result, OfficerInfo registered) {
        assertThat(result.applied()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(result.badRows())
                .extracting(ImportResult.BadRow::line, ImportResult.BadRow::messageKey)
                .containsExactly(
                        tuple(3, "nip.format"),
                        tuple(5, "officers.import.unit.unknown"),
                        tuple(7, "phone.invalid"),
                        tuple(8, "officers.role.kominfomasOnly"),
                        tuple(9, "officers.import.nip.repeated"),
                        tuple(10, "table.import.yesNo"),
                        tuple(11, "officers.import.posko.unknown"),
                        tuple(12, "table.import.required"));
        assertThat(result.badRows())
                .extracting(this::reason)
                .containsExactly(
                        "NIP 19820315200801100 harus terdiri dari 18 angka.",
                        "Instansi \"DINAS_RAHASIA\" tidak dikenal: tulis kodenya (mis. KOMINFOMAS) atau nama singkatnya.",
                        "Nomor telepon 021-5551234 tidak sah: gunakan nomor seluler Indonesia, mis. 0812-3456-7890 atau "
                                + "+62 812 3456 7890.",
                        "Peran Teknisi Kominfomas hanya untuk petugas dari Kominfomas (Dukcapil bukan Kominfomas).",
                        "NIP " + NEW_A + " sudah muncul di baris 2.",
                        "Kolom aktif harus berisi ya atau tidak, bukan \"mungkin\".",
                        "Posko \"JAKARTA\" tidak dikenal: tulis kodenya, mis. JAKPUS.",
                        "Kolom nama wajib diisi.");

        // Nothing half-imported: the good new row is not there, the good update not applied.
        assertThat(staff.officersOf(post("JAKPUS")))
                .extracting(OfficerInfo::nip)
                .doesNotContain(NEW_A);
        assertThat(staff.officer(registered.id())).isEqualTo(registered);
        assertThat(events.stream(OfficersChanged.class)).isEmpty();
    }

    @Test
    void a_good_file_creates_new_nips_and_updates_registered_ones() throws IOException {
        SignIn.as(context, "admin");
        long jakpus = post("JAKPUS");
        long jakut = post("JAKUT");
        List<OfficerInfo> roster = staff.officersOf(jakpus);
        OfficerInfo changed = roster.get(0);
        OfficerInfo same = roster.get(1);
        List<List<String>> rows = List.of(
                HEADER,
                List.of(NEW_A, "Rahmat Hidayat", "dukcapil", "operator", "0812-3456-7890", "jakpus", "", ""),
                List.of(NEW_B, "Siti Rahayu", "Polda Metro Jaya", "Penghubung Forkopimda", "", "JAKUT", "tidak", "ya"),
                List.of(
                        changed.nip(),
                        changed.fullName(),
                        unitCode(changed.unitId()),
                        changed.postRole().name(),
                        "+62 811 2222 3333",
                        "JAKPUS",
                        "ya",
                        changed.reserve() ? "ya" : "tidak"),
                line(same));

        // A comma-separated file with a BOM, as some spreadsheets save it.
        byte[] file = Sheets.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Sheets.csv(',', rows));
        ImportResult result = staff.importOfficers(new ByteArrayInputStream(file));

        assertThat(result.badRows()).isEmpty();
        assertThat(result)
                .extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
                .containsExactly(2, 1, 1);
        OfficerInfo a = staff.officersOf(jakpus).stream()
                .filter(o -> o.nip().equals(NEW_A))
                .findFirst()
                .orElseThrow();
        assertThat(a.phone()).isEqualTo("081234567890");
        assertThat(a.postRole()).isEqualTo(PostRole.OPERATOR);
        assertThat(a.active()).isTrue();
        OfficerInfo b = staff.officersOf(jakut).stream()
                .filter(o -> o.nip().equals(NEW_B))
                .findFirst()
                .orElseThrow();
        assertThat(b.active()).isFalse();
        assertThat(b.reserve()).isTrue();
        assertThat(staff.officer(changed.id()).phone()).isEqualTo("+6281122223333");
        assertThat(staff.officer(same.id())).isEqualTo(same);
        assertThat(events.stream(OfficersChanged.class)).containsExactly(new OfficersChanged(List.of(jakpus, jakut)));
    }

    @Test
    void a_chief_imports_rows_for_his_own_post_only() throws IOException {
        SignIn.as(context, "ketua.jakpus");
        List<List<String>> rows = List.of(
                HEADER,
                List.of(NEW_A, "Rahmat Hidayat", "DUKCAPIL", "Operator", "", "JAKPUS", "", ""),
                List.of(NEW_B, "Siti Rahayu", "DUKCAPIL", "Operator", "", "JAKUT", "", ""));

        ImportResult result = staff.importOfficers(new ByteArrayInputStream(Sheets.xlsx("Petugas", rows)));

        assertThat(result.badRows())
                .extracting(ImportResult.BadRow::line, this::reason)
                .containsExactly(
                        tuple(
                                3,
                                "Anda hanya dapat mengelola petugas posko Anda sendiri; Posko Jakarta Utara bukan posko Anda."));
        assertThat(staff.officersOf(post("JAKPUS")))
                .extracting(OfficerInfo::nip)
                .doesNotContain(NEW_A);
    }

    @Test
    void leadership_and_officers_may_not_import() {
        for (String username : List.of("sekda", "petugas.jakpus", "polda")) {
            SignIn.as(context, username);
            assertThatThrownBy(() -> staff.importOfficers(new ByteArrayInputStream(Sheets.csv(';', List.of(HEADER)))))
                    .as(username)
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        }
    }

    @Test
    void a_file_that_is_no_officer_table_is_refused_before_any_row_is_checked() {
        SignIn.as(context, "admin");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] noPost = "NIP;Nama;Unit;Peran;Telepon\n198203152008011003;Rahmat Hidayat;DUKCAPIL;Operator;\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> staff.importOfficers(new ByteArrayInputStream(png)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("table.import.wrongType");
                });
        assertThatThrownBy(() -> staff.importOfficers(new ByteArrayInputStream(noPost)))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.get(e.messageKey(), e.args()))
                                .isEqualTo("Baris judul tidak memuat kolom wajib: posko."));
        assertThat(staff.officersOf(post("JAKPUS")))
                .extracting(OfficerInfo::nip)
                .doesNotContain(NEW_A);
        assertThat(events.stream(OfficersChanged.class)).isEmpty();
    }

    @Test
    void an_export_imports_back_unchanged_as_csv_and_as_xlsx() {
        SignIn.as(context, "admin");
        int all = staff.visibleOfficers().size();
        for (TableFormat format : TableFormat.values()) {
            byte[] file = staff.exportOfficers(format, null);
            ImportResult result = staff.importOfficers(new ByteArrayInputStream(file));
            assertThat(result.badRows()).as(format.name()).isEmpty();
            assertThat(result)
                    .as(format.name())
                    .extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
                    .containsExactly(0, 0, all);
        }
        assertThat(events.stream(OfficersChanged.class)).isEmpty();
    }

    @Test
    void a_chief_exports_his_own_post_only() {
        SignIn.as(context, "ketua.jaksel");
        String csv = new String(staff.exportOfficers(TableFormat.CSV, null), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFnip;nama;unit;peran;telepon;posko;aktif;cadangan");
        assertThat(lines).hasSize(1 + staff.officersOf(post("JAKSEL")).size());
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(";JAKSEL;"));
        assertThatThrownBy(() -> staff.exportOfficers(TableFormat.XLSX, post("JAKUT")))
                .isInstanceOf(DeskException.class);
    }

    private String reason(ImportResult.BadRow row) {
        return messages.getTranslation(row.messageKey(), Locale.forLanguageTag("id"), row.argArray());
    }

    private List<String> line(OfficerInfo o) {
        return List.of(
                o.nip(),
                o.fullName(),
                unitCode(o.unitId()),
                o.postRole().name(),
                o.phone() == null ? "" : o.phone(),
                posko.tile(o.homePoskoId()).orElseThrow().code(),
                o.active() ? "ya" : "tidak",
                o.reserve() ? "ya" : "tidak");
    }

    private String unitCode(long unitId) {
        return staff.unit(unitId).orElseThrow().code();
    }

    private long post(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .map(PoskoTile::id)
                .orElseThrow();
    }
}
