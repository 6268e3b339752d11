package id.go.jakarta.deskpilkada.base.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Written table files read back unchanged, and open in a spreadsheet as text columns. */
class TableWriterTests {

    private static final List<String> COLUMNS = List.of("nip", "nama", "telepon", "catatan");
    private static final TableColumns READ_AS = new TableColumns(COLUMNS, List.of("nip", "nama"));
    private static final int[] WIDTHS = {21, 30, 16, 40};

    /** A leading-zero phone, an 18-digit NIP, a delimiter and quotes, Indonesian names and marks. */
    private static final List<List<String>> ROWS = List.of(
            List.of("198203152008011003", "Rahmat Hidayat", "081234567890", "Posko Jakarta Pusat; lantai 2"),
            List.of("199001202015032004", "Dewi \"Ayu\" Lestari", "0811-2222-3333", "kata \"penting\"; lalu 'ini'"),
            List.of(
                    "000000000000000001",
                    "Ma’ruf Siregar",
                    "+62 812 3456 7890",
                    "Kêbon Sirih · Pulau Untung Jawa – RW 02"),
            List.of("199912312020121999", "Siti Nurhaliza", "", "baris\nkedua"));

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void a_written_file_reads_back_unchanged_with_numbers_kept_as_text(TableFormat format) {
        byte[] file = TableWriter.write(format, "Petugas", COLUMNS, WIDTHS, ROWS);

        List<TableRow> rows = TableReader.read(new ByteArrayInputStream(file), READ_AS);

        assertThat(rows).extracting(r -> COLUMNS.stream().map(r::get).toList()).containsExactlyElementsOf(ROWS);
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(rows.getFirst().get("telepon")).isEqualTo("081234567890");
        assertThat(rows.get(2).get("nip")).isEqualTo("000000000000000001");
        assertThat(rows.getFirst().line()).isEqualTo(2);
    }

    @Test
    void a_csv_has_a_bom_semicolons_crlf_and_quotes_only_where_needed() {
        byte[] file = TableWriter.write(TableFormat.CSV, "Petugas", COLUMNS, WIDTHS, ROWS.subList(0, 2));

        assertThat(Arrays.copyOf(file, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("nip;nama;telepon;catatan\r\n"
                        + "198203152008011003;Rahmat Hidayat;081234567890;\"Posko Jakarta Pusat; lantai 2\"\r\n"
                        + "199001202015032004;\"Dewi \"\"Ayu\"\" Lestari\";0811-2222-3333;"
                        + "\"kata \"\"penting\"\"; lalu 'ini'\"\r\n");
    }

    @Test
    void an_xlsx_has_text_cells_a_bold_frozen_header_and_the_given_widths() throws IOException {
        byte[] file = TableWriter.write(TableFormat.XLSX, "Petugas", COLUMNS, WIDTHS, ROWS);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheet("Petugas");
            assertThat(sheet.getLastRowNum()).isEqualTo(ROWS.size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(COLUMNS.get(c));
                assertThat(book.getFontAt(sheet.getRow(0)
                                        .getCell(c)
                                        .getCellStyle()
                                        .getFontIndex())
                                .getBold())
                        .isTrue();
                assertThat(sheet.getColumnWidth(c)).isEqualTo(WIDTHS[c] * 256);
                assertThat(sheet.getColumnStyle(c).getDataFormatString()).isEqualTo("@");
            }
            for (int r = 1; r <= ROWS.size(); r++) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
                    assertThat(cell.getStringCellValue())
                            .isEqualTo(ROWS.get(r - 1).get(c));
                }
            }
        }
    }

    @Test
    void a_file_with_no_rows_is_a_header_only() {
        byte[] file = TableWriter.write(TableFormat.CSV, "Petugas", COLUMNS, WIDTHS, List.of());

        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFnip;nama;telepon;catatan\r\n");
    }

    @Test
    void every_column_needs_a_width() {
        assertThatThrownBy(() -> TableWriter.write(TableFormat.XLSX, "Petugas", COLUMNS, new int[] {10, 10}, ROWS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_format_names_its_file_and_content_type() {
        assertThat(TableFormat.CSV.fileName("petugas-jakpus")).isEqualTo("petugas-jakpus.csv");
        assertThat(TableFormat.XLSX.fileName("petugas-semua")).isEqualTo("petugas-semua.xlsx");
        assertThat(TableFormat.CSV.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(TableFormat.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(TableFormat.XLSX.extension()).isEqualTo("xlsx");
    }
}
