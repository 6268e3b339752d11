package id.go.jakarta.deskpilkada.base.table;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.ImportResult.BadRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every row of a file checked before anything is written: what each good row will do, and every
 * bad row with its line. An import applies {@code planned} only if {@code badRows} is empty.
 *
 * <pre>{@code
 * ImportPlan<Planned> plan = ImportPlan.of(TableReader.read(in, COLUMNS), row -> plan(row));
 * return plan.isClean() ? apply(plan.planned()) : plan.refused();
 * }</pre>
 *
 * @param planned what the good rows will do, in file order
 * @param badRows the rows that cannot be imported, in file order
 */
public record ImportPlan<T>(List<T> planned, List<BadRow> badRows) {

    public ImportPlan {
        planned = List.copyOf(planned);
        badRows = List.copyOf(badRows);
    }

    /**
     * Plans every row in order. A row read with a problem, or one {@code planner} throws a
     * {@link DeskException} for, is a bad row; the others are planned.
     */
    public static <T> ImportPlan<T> of(List<TableRow> rows, Function<TableRow, T> planner) {
        List<T> planned = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        for (TableRow row : rows) {
            try {
                if (row.problem() != null) {
                    throw row.problem();
                }
                planned.add(planner.apply(row));
            } catch (DeskException e) {
                bad.add(BadRow.of(row.line(), e));
            }
        }
        return new ImportPlan<>(planned, bad);
    }

    /** No row is bad: the plan may be applied. */
    public boolean isClean() {
        return badRows.isEmpty();
    }

    /** The outcome when the plan is not clean: nothing applied, every bad row named. */
    public ImportResult refused() {
        return ImportResult.refused(badRows);
    }
}
