package id.go.jakarta.deskpilkada.base.table;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a kind of table file. Names are lower case; a header may write them in any case.
 *
 * @param all      every column, in the order an export writes them; a header may hold them in any
 *                 order, leave out those not required, and holds no other
 * @param required the columns a header must hold (a value may still be empty)
 * @param maxRows  the most data rows one file may hold
 */
public record TableColumns(List<String> all, List<String> required, int maxRows) {

    /** Most data rows in one file unless a kind of file says otherwise. */
    public static final int DEFAULT_MAX_ROWS = 5000;

    public TableColumns {
        all = List.copyOf(all);
        required = List.copyOf(required);
        if (all.isEmpty() || new HashSet<>(all).size() != all.size()) {
            throw new IllegalArgumentException("Columns must be named once each: " + all);
        }
        for (String column : all) {
            if (column.isBlank() || !column.equals(column.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Column names are lower case and trimmed: " + column);
            }
        }
        if (!all.containsAll(required)) {
            throw new IllegalArgumentException("Required columns " + required + " are not all in " + all);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
    }

    /** Columns with at most {@link #DEFAULT_MAX_ROWS} data rows. */
    public TableColumns(List<String> all, List<String> required) {
        this(all, required, DEFAULT_MAX_ROWS);
    }
}
