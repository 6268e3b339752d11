package id.go.jakarta.deskpilkada.election.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.CalendarVersionInfo;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.StageInfo;
import java.util.List;

/** Every saved version of a calendar, newest first; a version opens to its stages as they were. */
class CalendarHistoryDialog extends Dialog {

    final Grid<CalendarVersionInfo> versions = new Grid<>();

    CalendarHistoryDialog(ElectionInfo election, List<CalendarVersionInfo> history) {
        setHeaderTitle(getTranslation("calendar.history.title", election.name()));
        setWidth("min(52em, 100vw)");
        versions.addColumn(v -> getTranslation("calendar.history.version", v.version()))
                .setHeader(getTranslation("calendar.history.versionHeader"))
                .setAutoWidth(true);
        versions.addColumn(v -> Wib.dateTime(v.savedAt(), getLocale()))
                .setHeader(getTranslation("calendar.history.savedAt"))
                .setAutoWidth(true);
        versions.addColumn(CalendarVersionInfo::savedBy)
                .setHeader(getTranslation("calendar.history.savedBy"))
                .setAutoWidth(true);
        versions.addColumn(v -> v.stages().size())
                .setHeader(getTranslation("calendar.history.stages"))
                .setAutoWidth(true);
        versions.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(v -> {
            OrderedList list = new OrderedList();
            for (StageInfo s : v.stages()) {
                list.add(new ListItem(s.name() + " · " + Wib.date(s.startsOn(), getLocale()) + " – "
                        + Wib.date(s.endsOn(), getLocale())
                        + (s.votingDay() ? " · " + getTranslation("calendar.stage.voting") : "")));
            }
            return new Div(list);
        }));
        versions.setItems(history);
        versions.setAllRowsVisible(true);
        add(versions);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }
}
