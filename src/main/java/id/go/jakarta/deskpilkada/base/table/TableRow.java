package id.go.jakarta.deskpilkada.base.table;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A data row as read: trimmed cell texts by column name (a column left out or a missing cell is
 * empty).
 *
 * @param line    the row's line in the file or sheet; the header is line 1
 * @param problem what makes the row unreadable, if anything; the import lists it as a bad row
 */
public record TableRow(
        int line, Map<String, String> values, @Nullable DeskException problem) {

    public TableRow {
        values = Map.copyOf(values);
    }

    /** The column's text, empty if none. */
    public String get(String column) {
        return values.getOrDefault(column, "");
    }

    /**
     * The column's text.
     *
     * @throws DeskException {@code table.import.required} if it is empty
     */
    public String required(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            throw DeskException.invalid("table.import.required", column);
        }
        return value;
    }

    /**
     * A yes/no column: {@code ya}/{@code tidak} as an export writes it; {@code yes}/{@code no},
     * {@code true}/{@code false} and {@code 1}/{@code 0} are taken too, in any case.
     *
     * @param whenEmpty what an empty cell (or a column left out) means
     * @throws DeskException {@code table.import.yesNo} for anything else
     */
    public boolean yesNo(String column, boolean whenEmpty) {
        String value = get(column);
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> whenEmpty;
            case "ya", "yes", "true", "1" -> true;
            case "tidak", "no", "false", "0" -> false;
            default -> throw DeskException.invalid("table.import.yesNo", column, value);
        };
    }

    /** How an export writes a yes/no column. */
    public static String yesNo(boolean value) {
        return value ? "ya" : "tidak";
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
            // A date cell in a sheet made by Excel is read in its built-in short format, month first.
            DateTimeFormatter.ofPattern("M/d/uu", Locale.ROOT));

    /**
     * A date column: {@code 2018-06-27} as an export writes it, {@code 27/06/2018} (also with
     * {@code -} or {@code .}) as people type it, or a date cell of a sheet.
     *
     * @throws DeskException {@code table.import.required} if empty, {@code table.import.date} if no date
     */
    public LocalDate date(String column) {
        String value = required(column);
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw DeskException.invalid("table.import.date", column, value);
    }
}
