package id.go.jakarta.deskpilkada.base.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading table files: what is refused as a whole (with the message the user reads), what travels
 * with one row, and the line each row is reported on. Files are built here with commons-csv and POI.
 */
class TableReaderTests {

    private static final TableColumns COLUMNS =
            new TableColumns(List.of("kode", "nama", "telepon", "aktif"), List.of("kode", "nama"));

    private final Messages messages = new Messages();

    @Test
    void a_semicolon_csv_reads_into_rows_by_column_with_their_lines() throws IOException {
        List<TableRow> rows = read(Sheets.csv(
                ';',
                List.of(
                        List.of("kode", "nama", "telepon", "aktif"),
                        List.of("JAKPUS", "Posko Jakarta Pusat", "081234567890", "ya"),
                        List.of("JAKUT", "Posko Jakarta Utara", "", "tidak"))));

        assertThat(rows)
                .extracting(TableRow::line, r -> r.get("kode"), r -> r.get("nama"), r -> r.get("aktif"))
                .containsExactly(
                        tuple(2, "JAKPUS", "Posko Jakarta Pusat", "ya"),
                        tuple(3, "JAKUT", "Posko Jakarta Utara", "tidak"));
        assertThat(rows.getFirst().get("telepon")).isEqualTo("081234567890");
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isNull());
    }

    @Test
    void a_comma_csv_with_a_bom_and_a_header_in_any_case_and_order_is_read_and_left_out_columns_are_empty()
            throws IOException {
        byte[] file = Sheets.concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Sheets.csv(',', List.of(List.of(" Nama ", "KODE"), List.of("Balai Kota; lantai 2", "BALAIKOTA"))));

        List<TableRow> rows = read(file);

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().values()).containsOnlyKeys("kode", "nama");
        assertThat(rows.getFirst().get("kode")).isEqualTo("BALAIKOTA");
        assertThat(rows.getFirst().get("nama")).isEqualTo("Balai Kota; lantai 2");
        assertThat(rows.getFirst().get("telepon")).isEmpty();
    }

    @Test
    void line_numbers_are_the_lines_of_the_file_even_after_blank_lines_and_a_quoted_line_break() {
        String text = String.join("\r\n", "kode;nama", "", "A;\"Rahmat\nHidayat\"", ";;", "B;Siti Rahayu") + "\r\n";

        List<TableRow> rows = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(rows)
                .extracting(TableRow::line, r -> r.get("nama"))
                .containsExactly(tuple(3, "Rahmat\nHidayat"), tuple(6, "Siti Rahayu"));
    }

    @Test
    void an_xlsx_is_read_from_its_first_sheet_with_sheet_row_numbers_as_lines() throws IOException {
        List<List<String>> rows = List.of(
                List.of("kode", "nama", "telepon"),
                List.of("JAKPUS", "Posko Jakarta Pusat", "081234567890"),
                List.of(),
                List.of("", "Tanpa Kode", ""));

        List<TableRow> read = read(Sheets.xlsx("Data", rows));

        assertThat(read)
                .extracting(TableRow::line, r -> r.get("kode"), r -> r.get("nama"), r -> r.get("telepon"))
                .containsExactly(
                        tuple(2, "JAKPUS", "Posko Jakarta Pusat", "081234567890"), tuple(4, "", "Tanpa Kode", ""));
    }

    @Test
    void a_value_under_no_header_makes_its_row_bad_and_names_the_column_but_not_the_other_rows() {
        String text = "kode;nama\nA;Rahmat;Hidayat\nB;Siti\n";

        List<TableRow> rows = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(2);
        DeskException problem = rows.getFirst().problem();
        assertThat(problem).isNotNull();
        assertThat(problem.messageKey()).isEqualTo("table.import.unnamedCell");
        assertThat(messages.get(problem.messageKey(), problem.args()))
                .isEqualTo("Ada isian di kolom ke-3, yang tidak berjudul. Apakah ada pemisah di dalam suatu isian? "
                        + "Beri tanda kutip.");
        assertThat(rows.get(1).problem()).isNull();
    }

    @Test
    void required_and_yes_no_cells_are_checked_with_the_column_named() {
        TableRow row = new TableRow(7, Map.of("kode", "A", "nama", "", "aktif", "mungkin", "telepon", "YA"), null);

        assertThat(row.required("kode")).isEqualTo("A");
        assertThatThrownBy(() -> row.required("nama"))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.get(e.messageKey(), e.args())).isEqualTo("Kolom nama wajib diisi."));
        assertThatThrownBy(() -> row.yesNo("aktif", true))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.getTranslation(e.messageKey(), Locale.ENGLISH, e.args()))
                                .isEqualTo("Column aktif must hold ya or tidak, not \"mungkin\"."));
        assertThat(row.yesNo("telepon", false)).isTrue();
        assertThat(row.yesNo("missing", true)).isTrue();
        assertThat(row.yesNo("missing", false)).isFalse();
        assertThat(TableRow.yesNo(true)).isEqualTo("ya");
        assertThat(TableRow.yesNo(false)).isEqualTo("tidak");
    }

    static Stream<Arguments> filesThatAreNoTable() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("catatan.txt"));
            zip.write("bukan lembar kerja".getBytes(StandardCharsets.UTF_8));
        }
        byte[] latin1 = "kode;nama\nA;Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] prose = "Daftar posko menyusul minggu depan.\nSalam, Sekretariat\n".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("a PNG image", png, "table.import.wrongType"),
                Arguments.of("a PDF", pdf, "table.import.wrongType"),
                Arguments.of("a zip that is no workbook", zipped.toByteArray(), "table.import.wrongType"),
                Arguments.of(
                        "a damaged zip",
                        "PK\u0003\u0004bukan xlsx".getBytes(StandardCharsets.ISO_8859_1),
                        "table.import.wrongType"),
                Arguments.of("an old .xls workbook", xls, "table.import.xls"),
                Arguments.of("a Latin-1 text file", latin1, "table.import.encoding"),
                Arguments.of("a letter, not a table", prose, "table.import.header.none"),
                Arguments.of("an empty file", new byte[0], "table.import.empty"),
                Arguments.of(
                        "blank lines only", "\uFEFF\n \r\n".getBytes(StandardCharsets.UTF_8), "table.import.empty"),
                Arguments.of(
                        "a header and no rows",
                        "kode;nama\n\n".getBytes(StandardCharsets.UTF_8),
                        "table.import.noRows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesThatAreNoTable")
    void a_file_that_is_no_csv_or_xlsx_table_is_refused_whatever_its_name(
            String what, byte[] content, String expectedKey) {
        assertThatThrownBy(() -> read(content)).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
            assertThat(e.messageKey()).isEqualTo(expectedKey);
            assertThat(messages.get(e.messageKey(), e.args())).doesNotStartWith("!");
            assertThat(messages.getTranslation(e.messageKey(), Locale.ENGLISH, e.args()))
                    .doesNotStartWith("!");
        });
    }

    @Test
    void a_png_is_refused_with_a_message_that_says_what_to_upload() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(refusal(png))
                .isEqualTo("Berkas ini bukan CSV atau XLSX. Simpan datanya sebagai CSV (UTF-8) atau XLSX, lalu unggah "
                        + "lagi.");
    }

    @Test
    void a_file_over_two_megabytes_is_refused() {
        StringBuilder text = new StringBuilder("kode;nama\nA;Rahmat Hidayat\n");
        while (text.length() <= TableReader.MAX_BYTES) {
            text.append("B;").append("x".repeat(1000)).append('\n');
        }

        assertThat(refusal(text.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Berkas terlalu besar: paling besar 2 MB.");
    }

    @Test
    void an_xlsx_that_would_unpack_to_more_than_forty_megabytes_is_refused_as_too_large() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= TableReader.MAX_UNPACKED; written += zeros.length) {
                zip.write(zeros);
            }
        }
        assertThat(zipped.size()).isLessThan(TableReader.MAX_BYTES);

        assertThat(refusal(zipped.toByteArray())).isEqualTo("Berkas terlalu besar: paling besar 2 MB.");
    }

    @Test
    void a_file_with_more_data_rows_than_allowed_is_refused_with_the_limit() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("kode", "nama"));
        for (int i = 0; i <= TableColumns.DEFAULT_MAX_ROWS; i++) {
            rows.add(List.of("K" + i, "Baris " + i));
        }
        byte[] file = Sheets.csv(';', rows);

        assertThat(refusal(file)).isEqualTo("Berkas memuat terlalu banyak baris: paling banyak 5.000 baris data.");
        assertThat(read(Sheets.csv(';', rows.subList(0, rows.size() - 1)))).hasSize(TableColumns.DEFAULT_MAX_ROWS);
        TableColumns small = new TableColumns(COLUMNS.all(), COLUMNS.required(), 3);
        assertThatThrownBy(() -> TableReader.read(new ByteArrayInputStream(Sheets.csv(';', rows.subList(0, 5))), small))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.getTranslation(e.messageKey(), Locale.ENGLISH, e.args()))
                                .isEqualTo("The file holds too many rows: 3 data rows at most."));
        assertThat(TableReader.read(new ByteArrayInputStream(Sheets.csv(';', rows.subList(0, 4))), small))
                .hasSize(3);
    }

    @Test
    void a_header_without_a_required_column_is_refused_with_the_column_named() throws IOException {
        byte[] file = Sheets.xlsx("Data", List.of(List.of("Kode", "Telepon"), List.of("A", "0812")));

        assertThat(refusal(file)).isEqualTo("Baris judul tidak memuat kolom wajib: nama.");
    }

    @Test
    void a_header_with_an_unknown_or_repeated_column_is_refused_with_the_known_columns() {
        assertThat(refusal("kode;nama;alamat\nA;B;C\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Kolom alamat tidak dikenal. Kolom yang dikenal: kode, nama, telepon, aktif.");
        assertThat(refusal("kode;nama;Kode\nA;B;C\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Kolom kode muncul dua kali di baris judul.");
        assertThat(refusal("Daftar\nA\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Baris judul tidak ditemukan. Baris pertama harus memuat judul kolom: kode, nama, telepon, "
                        + "aktif.");
    }

    @Test
    void an_unclosed_quote_is_refused_with_the_line_where_it_starts() {
        String text = "kode;nama\nA;Rahmat\nB;\"Siti Rahayu\nC;Budi\n";

        assertThat(refusal(text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Berkas CSV rusak mulai baris 3: ada tanda kutip yang tidak ditutup.");
        String afterQuotedBreak = "kode;nama\r\n\"A\r\nB\";x\r\n\r\nC;\"terbuka\r\nD;e\r\n";
        assertThat(refusal(afterQuotedBreak.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Berkas CSV rusak mulai baris 5: ada tanda kutip yang tidak ditutup.");
    }

    @Test
    void columns_are_named_once_each_in_lower_case_and_required_ones_are_among_them() {
        assertThatThrownBy(() -> new TableColumns(List.of("kode", "kode"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TableColumns(List.of("Kode"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TableColumns(List.of("kode"), List.of("nama")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TableColumns(List.of("kode"), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TableColumns(List.of("kode", "nama"), List.of("kode")).maxRows())
                .isEqualTo(TableColumns.DEFAULT_MAX_ROWS);
    }

    private static List<TableRow> read(byte[] content) {
        return TableReader.read(new ByteArrayInputStream(content), COLUMNS);
    }

    /** What the user reads (in Indonesian) when the file is refused. */
    private String refusal(byte[] content) {
        try {
            read(content);
        } catch (DeskException e) {
            assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
            return messages.get(e.messageKey(), e.args());
        }
        throw new AssertionError("The file was not refused");
    }
}
