package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.TableColumns;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.base.table.TableWriter;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Issue categories as a CSV or XLSX file, one per row: {@code kode} (kept for life; a known code
 * updates that category, another adds one), {@code nama}, {@code urutan} (a number; empty keeps the
 * place, or puts a new category last) and {@code aktif} (ya/tidak; empty keeps it, a new category
 * is active). Categories not in the file stay as they are. An export reads back unchanged.
 */
public final class CategoryFile {

    public static final String CODE = "kode";
    static final String NAME = "nama";
    static final String ORDER = "urutan";
    static final String ACTIVE = "aktif";
    /** Most rows one file may hold: a desk has a dozen categories, not hundreds. */
    public static final int MAX_ROWS = 500;
    /** The largest place number a file may give. */
    public static final int MAX_PLACE = 9999;

    static final TableColumns COLUMNS =
            new TableColumns(List.of(CODE, NAME, ORDER, ACTIVE), List.of(CODE, NAME), MAX_ROWS);
    private static final int[] WIDTHS = {20, 50, 8, 8};

    private CategoryFile() {}

    /**
     * A category as one row gives it, not yet checked against the others.
     *
     * @param place  null: keep the place (or last, for a new category)
     * @param active null: keep it (or active, for a new category)
     */
    public record Row(
            int line,
            String code,
            String name,
            @Nullable Integer place,
            @Nullable Boolean active) {}

    /** The data rows of a category file, or what is wrong with the whole file (thrown). */
    public static List<TableRow> rows(InputStream in) {
        return TableReader.read(in, COLUMNS);
    }

    /** One row as a category; a cell that cannot be read is thrown as the row's problem. */
    public static Row row(TableRow row) {
        String placeText = row.get(ORDER);
        Integer place = null;
        if (!placeText.isEmpty()) {
            place = placeText.matches("\\d{1,4}") ? Integer.valueOf(placeText) : null;
            if (place == null || place < 1) {
                throw DeskException.invalid("categories.import.order", placeText, MAX_PLACE);
            }
        }
        Boolean active = row.get(ACTIVE).isEmpty() ? null : row.yesNo(ACTIVE, true);
        return new Row(row.line(), row.required(CODE), row.required(NAME), place, active);
    }

    /** The categories in their order, as a file {@link #row} takes back unchanged. */
    public static byte[] write(TableFormat format, List<CategoryInfo> categories) {
        List<List<String>> cells = categories.stream()
                .map(c -> List.of(c.code(), c.name(), String.valueOf(c.sortOrder()), TableRow.yesNo(c.active())))
                .toList();
        return TableWriter.write(format, "Kategori", COLUMNS.all(), WIDTHS, cells);
    }
}
