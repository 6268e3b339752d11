package id.go.jakarta.deskpilkada.base.table;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.util.List;

/**
 * The outcome of an all-or-nothing import: either every row was applied ({@code badRows} empty)
 * or nothing was, and {@code badRows} names every row that stopped it.
 */
public record ImportResult(int created, int updated, int unchanged, List<BadRow> badRows) {

    public ImportResult {
        badRows = List.copyOf(badRows);
    }

    /** Every row applied. */
    public static ImportResult applied(int created, int updated, int unchanged) {
        return new ImportResult(created, updated, unchanged, List.of());
    }

    /** Nothing applied, because of these rows. */
    public static ImportResult refused(List<BadRow> badRows) {
        if (badRows.isEmpty()) {
            throw new IllegalArgumentException("A refused import names its bad rows");
        }
        return new ImportResult(0, 0, 0, badRows);
    }

    public boolean applied() {
        return badRows.isEmpty();
    }

    /** Rows applied: created, updated and those already as in the file. */
    public int imported() {
        return created + updated + unchanged;
    }

    /**
     * A row that cannot be imported.
     *
     * @param line       the row's line in the file or sheet; the header is line 1
     * @param messageKey why, as a message key with {@code args}
     */
    public record BadRow(int line, String messageKey, List<Object> args) {

        public BadRow {
            args = List.copyOf(args);
        }

        /** The row at {@code line} and what is wrong with it. */
        public static BadRow of(int line, DeskException problem) {
            return new BadRow(line, problem.messageKey(), List.of(problem.args()));
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }
}
