package id.go.jakarta.deskpilkada.media.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import java.util.Locale;

/** The list of statements shared by the drafts and the review queue; a click opens the editor. */
final class StatementGrid {

    private StatementGrid() {}

    static Grid<StatementInfo> create(Component owner, Locale locale) {
        Grid<StatementInfo> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> "#" + s.id())
                .setHeader(owner.getTranslation("media.col.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(StatementInfo::title)
                .setHeader(owner.getTranslation("media.col.title"))
                .setFlexGrow(3);
        grid.addColumn(s -> owner.getTranslation(s.status().labelKey()))
                .setHeader(owner.getTranslation("media.col.status"))
                .setAutoWidth(true);
        grid.addColumn(StatementInfo::author)
                .setHeader(owner.getTranslation("media.col.author"))
                .setAutoWidth(true);
        grid.addColumn(s -> Wib.dateTime(s.updatedAt(), locale))
                .setHeader(owner.getTranslation("media.col.updated"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> owner.getUI()
                .ifPresent(
                        ui -> ui.navigate(StatementEditorView.path(e.getItem().id()))));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
