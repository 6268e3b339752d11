package id.go.jakarta.deskpilkada.base.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table file that {@link TableReader} reads back unchanged and a spreadsheet opens as
 * columns. The CSV has a BOM, {@code ;} between cells and CRLF line ends, as Excel with
 * Indonesian settings expects. In the XLSX every cell is text, so Excel neither rounds an
 * 18-digit number nor drops a phone number's leading zero; the header row is bold and frozen.
 */
public final class TableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableWriter() {}

    /**
     * The file's bytes: a header row with {@code columns}, then {@code rows} as given.
     *
     * @param sheetName the XLSX sheet's name (not used for CSV)
     * @param widths    each column's width in characters (used for XLSX), one per column
     */
    public static byte[] write(
            TableFormat format, String sheetName, List<String> columns, int[] widths, List<List<String>> rows) {
        if (widths.length != columns.size()) {
            throw new IllegalArgumentException(widths.length + " widths for " + columns.size() + " columns");
        }
        try {
            return format == TableFormat.CSV ? csv(columns, rows) : xlsx(sheetName, columns, widths, rows);
        } catch (IOException e) {
            // Written to memory only: an IOException here is a bug, not a user's problem.
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<String> columns, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A BOM and ';' make Excel with Indonesian settings open it as UTF-8 columns; the reader takes both.
        out.write(BOM);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(columns);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(String sheetName, List<String> columns, int[] widths, List<List<String>> rows)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
                sheet.setDefaultColumnStyle(c, text);
            }
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                    row.getCell(c).setCellStyle(text);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
