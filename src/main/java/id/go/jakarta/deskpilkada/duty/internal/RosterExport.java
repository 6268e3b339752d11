package id.go.jakarta.deskpilkada.duty.internal;

import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A week's roster as an XLSX sheet: one row per officer and shift, with attendance. */
public final class RosterExport {

    private RosterExport() {}

    public static byte[] xlsx(
            String title,
            Collection<AssignmentInfo> week,
            Map<Long, ShiftInfo> shifts,
            Map<Long, OfficerInfo> people,
            Function<String, String> translate) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Jadwal");
            sheet.createRow(0).createCell(0).setCellValue(title);
            String[] head = {
                "duty.day",
                "duty.shift",
                "duty.hours",
                "detail.role",
                "duty.nip",
                "duty.officer",
                "duty.status",
                "duty.signedIn"
            };
            Row header = sheet.createRow(2);
            for (int i = 0; i < head.length; i++) {
                header.createCell(i).setCellValue(translate.apply(head[i]));
            }
            int r = 3;
            for (AssignmentInfo a : week.stream()
                    .sorted((x, y) -> x.startsAt().compareTo(y.startsAt()))
                    .toList()) {
                ShiftInfo s = shifts.get(a.shiftId());
                OfficerInfo o = people.get(a.officerId());
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.day().toString());
                row.createCell(1).setCellValue(s == null ? "?" : s.name());
                row.createCell(2).setCellValue(s == null ? "" : s.hours());
                row.createCell(3).setCellValue(translate.apply(a.role().labelKey()));
                row.createCell(4).setCellValue(o == null ? "" : o.nip());
                row.createCell(5).setCellValue(o == null ? "#" + a.officerId() : o.fullName());
                row.createCell(6).setCellValue(translate.apply(a.status().labelKey()));
                row.createCell(7)
                        .setCellValue(
                                a.signedInAt() == null
                                        ? ""
                                        : id.go.jakarta.deskpilkada.base.time.Wib.time(a.signedInAt()));
            }
            for (int i = 0; i < head.length; i++) {
                sheet.autoSizeColumn(i);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
