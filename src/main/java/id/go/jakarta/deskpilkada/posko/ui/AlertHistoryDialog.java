package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.AlertHistoryEntry;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;

/** The latest alert changes of one post. */
class AlertHistoryDialog extends Dialog {

    final Grid<AlertHistoryEntry> grid = new Grid<>();

    AlertHistoryDialog(PoskoService posko, PoskoTile tile) {
        setHeaderTitle(getTranslation("history.title", tile.name()));
        setWidth("min(900px, 95vw)");
        grid.addColumn(e -> Wib.dateTime(e.changedAt(), getLocale()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.from().labelKey()) + " → " + getTranslation(e.to().labelKey()))
                .setHeader(getTranslation("history.change"))
                .setAutoWidth(true);
        grid.addColumn(AlertHistoryEntry::changedBy)
                .setHeader(getTranslation("history.by"))
                .setAutoWidth(true);
        grid.addColumn(AlertHistoryEntry::reason)
                .setHeader(getTranslation("history.reason"))
                .setFlexGrow(1);
        grid.setItems(posko.alertHistory(tile.id(), 50));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("history.empty"));
        add(grid);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }
}
