package id.go.jakarta.deskpilkada.staff.internal;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.TableColumns;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.base.table.TableWriter;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Units as a CSV or XLSX file, one unit per row: {@code kode} (kept for life; a known code updates
 * that unit, another creates one), {@code nama}, {@code singkatan}, {@code jenis} (SKPD or
 * FORKOPIMDA), {@code urutan} (a number; empty keeps the order, or puts a new unit last) and
 * {@code aktif} (ya/tidak; empty keeps it, a new unit is active). Units not in the file are left as
 * they are. An export reads back unchanged.
 */
public final class UnitFile {

    public static final String CODE = "kode";
    static final String NAME = "nama";
    static final String SHORT_NAME = "singkatan";
    static final String KIND = "jenis";
    static final String ORDER = "urutan";
    static final String ACTIVE = "aktif";
    /** At most this many rows: a desk has dozens of units, not thousands. */
    public static final int MAX_ROWS = 1000;
    /** The largest order number a file may give. */
    public static final int MAX_ORDER = 9999;

    static final TableColumns COLUMNS = new TableColumns(
            List.of(CODE, NAME, SHORT_NAME, KIND, ORDER, ACTIVE), List.of(CODE, NAME, SHORT_NAME, KIND), MAX_ROWS);
    private static final int[] WIDTHS = {18, 50, 22, 14, 8, 8};

    private UnitFile() {}

    /**
     * A unit as read from one row, not yet checked against the others.
     *
     * @param sortOrder null: keep the order (or last, for a new unit)
     * @param active    null: keep it (or active, for a new unit)
     */
    public record Line(
            int line,
            String code,
            String name,
            String shortName,
            UnitKind kind,
            @Nullable Integer sortOrder,
            @Nullable Boolean active) {}

    /** The data rows of a unit file, or a problem with the whole file (thrown). */
    public static List<TableRow> rows(InputStream in) {
        return TableReader.read(in, COLUMNS);
    }

    /** One row read as a unit; a cell that cannot be read is thrown as the row's problem. */
    public static Line line(TableRow row) {
        String kindText = row.required(KIND);
        UnitKind kind;
        try {
            kind = UnitKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("units.import.kind", kindText);
        }
        return new Line(
                row.line(),
                row.required(CODE),
                row.required(NAME),
                row.required(SHORT_NAME),
                kind,
                order(row),
                row.get(ACTIVE).isEmpty() ? null : row.yesNo(ACTIVE, true));
    }

    private static @Nullable Integer order(TableRow row) {
        String text = row.get(ORDER);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= 1 && number <= MAX_ORDER) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw DeskException.invalid("units.import.order", text, MAX_ORDER);
    }

    /** The units, in their order, as a file that {@link #line} reads back unchanged. */
    public static byte[] write(TableFormat format, List<UnitInfo> units) {
        return TableWriter.write(
                format,
                "Instansi",
                COLUMNS.all(),
                WIDTHS,
                units.stream()
                        .map(u -> List.of(
                                u.code(),
                                u.name(),
                                u.shortName(),
                                u.kind().name(),
                                String.valueOf(u.sortOrder()),
                                TableRow.yesNo(u.active())))
                        .toList());
    }
}
