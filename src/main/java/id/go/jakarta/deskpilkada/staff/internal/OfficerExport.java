package id.go.jakarta.deskpilkada.staff.internal;

import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.base.table.TableWriter;
import java.util.List;

/**
 * Writes officers as a file {@link OfficerImport} reads back unchanged: the same columns, unit and
 * post by code, role by name, yes/no as {@code ya}/{@code tidak}. NIP and phone stay text (see
 * {@link TableWriter}).
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
            return List.of(nip, name, unit, role, phone, post, TableRow.yesNo(active), TableRow.yesNo(reserve));
        }
    }

    public static byte[] write(TableFormat format, List<Line> lines) {
        return TableWriter.write(
                format,
                "Petugas",
                OfficerImport.COLUMNS.all(),
                WIDTHS,
                lines.stream().map(Line::cells).toList());
    }
}
