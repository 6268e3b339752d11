package id.go.jakarta.deskpilkada.staff.internal;

import id.go.jakarta.deskpilkada.staff.OfficerFileFormat;
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
 * Writes officers as a file {@link OfficerImport} reads back unchanged: the same columns, unit and
 * post by code, role by name, yes/no as {@code ya}/{@code tidak}. The XLSX keeps NIP and phone as
 * text, so Excel neither rounds an 18-digit NIP nor drops a phone number's leading zero.
 */
public final class OfficerExport {

    private static final int[] WIDTHS = {21, 30, 16, 24, 16, 12, 8, 10};

    private OfficerExport() {}

    /** One officer as written. */
    public record Line(
            String nip,
            String name,
            String unit,
            String role,
            String phone,
            String post,
            boolean active,
            boolean reserve) {

        List<String> cells() {
            return List.of(nip, name, unit, role, phone, post, yesNo(active), yesNo(reserve));
        }
    }

    public static byte[] write(OfficerFileFormat format, List<Line> lines) {
        try {
            return format == OfficerFileFormat.CSV ? csv(lines) : xlsx(lines);
        } catch (IOException e) {
            // Written to memory only: an IOException here is a bug, not a user's problem.
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<Line> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A BOM and ';' make Excel with Indonesian settings open it as UTF-8 columns; the import takes both.
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(OfficerImport.COLUMNS);
            for (Line line : lines) {
                printer.printRecord(line.cells());
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<Line> lines) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Petugas");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
                sheet.setDefaultColumnStyle(c, text);
            }
            Row header = sheet.createRow(0);
            for (int c = 0; c < OfficerImport.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(OfficerImport.COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                List<String> cells = line.cells();
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                    row.getCell(c).setCellStyle(text);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static String yesNo(boolean value) {
        return value ? "ya" : "tidak";
    }
}
