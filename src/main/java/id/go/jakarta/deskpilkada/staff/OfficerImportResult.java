package id.go.jakarta.deskpilkada.staff;

import java.util.List;

/**
 * The outcome of an officer import: either every row was applied ({@code badRows} empty) or
 * nothing was, and {@code badRows} names every row that stopped it.
 */
public record OfficerImportResult(int created, int updated, int unchanged, List<BadRow> badRows) {

    public OfficerImportResult {
        badRows = List.copyOf(badRows);
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

        public Object[] argArray() {
            return args.toArray();
        }
    }
}
