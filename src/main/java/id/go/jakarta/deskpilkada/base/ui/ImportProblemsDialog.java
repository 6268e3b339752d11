package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.ImportResult.BadRow;
import java.util.List;

/** Why an import was refused: every bad row with its line number, in the user's language. */
public final class ImportProblemsDialog extends Dialog {

    private final Paragraph summary = new Paragraph();
    private final Grid<BadRow> grid = new Grid<>();
    private final List<BadRow> rows;

    /**
     * @param fileName   the file as the user named it, shown in the title
     * @param summaryKey what was not saved, with the number of bad rows as argument (e.g. "2 rows
     *                   have problems. No officer was saved: ...")
     * @param result     a refused import
     */
    public ImportProblemsDialog(String fileName, String summaryKey, ImportResult result) {
        rows = result.badRows();
        addClassName("import-problems");
        setHeaderTitle(getTranslation("table.import.failed.title") + ": " + fileName);
        setWidth("min(60em, 95vw)");
        setResizable(true);
        summary.setText(getTranslation(summaryKey, rows.size()));
        grid.addColumn(BadRow::line)
                .setHeader(getTranslation("table.import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::reason)
                .setHeader(getTranslation("table.import.reason"))
                .setFlexGrow(1);
        grid.setItems(rows);
        if (rows.size() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24em");
        }
        add(summary, grid);
        Button close = new Button(getTranslation("table.import.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    /** The summary above the list, as shown. */
    public String summary() {
        return summary.getText();
    }

    /** The bad rows listed, in file order. */
    public List<BadRow> rows() {
        return rows;
    }

    /** Why a row was refused, as shown in its line. */
    public String reason(BadRow row) {
        return getTranslation(row.messageKey(), row.argArray());
    }
}
