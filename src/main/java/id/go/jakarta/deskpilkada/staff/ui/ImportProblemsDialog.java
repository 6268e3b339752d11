package id.go.jakarta.deskpilkada.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import id.go.jakarta.deskpilkada.staff.OfficerImportResult;
import id.go.jakarta.deskpilkada.staff.OfficerImportResult.BadRow;

/** Why an import was refused: every bad row with its line number, in the user's language. */
class ImportProblemsDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    final Grid<BadRow> grid = new Grid<>();

    ImportProblemsDialog(String fileName, OfficerImportResult result) {
        setHeaderTitle(getTranslation("officers.import.failed.title") + ": " + fileName);
        setWidth("min(60em, 95vw)");
        setResizable(true);
        summary.setText(
                getTranslation("officers.import.failed", result.badRows().size()));
        grid.addColumn(BadRow::line)
                .setHeader(getTranslation("officers.import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::reason)
                .setHeader(getTranslation("officers.import.reason"))
                .setFlexGrow(1);
        grid.setItems(result.badRows());
        if (result.badRows().size() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24em");
        }
        add(summary, grid);
        Button close = new Button(getTranslation("officers.import.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    String reason(BadRow row) {
        return getTranslation(row.messageKey(), row.argArray());
    }
}
