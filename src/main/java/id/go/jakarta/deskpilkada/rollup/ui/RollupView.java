package id.go.jakarta.deskpilkada.rollup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.rollup.DeskCounts;
import id.go.jakarta.deskpilkada.rollup.RollupService;
import id.go.jakarta.deskpilkada.rollup.RollupService.Rollup;
import id.go.jakarta.deskpilkada.rollup.RollupService.Row;
import id.go.jakarta.deskpilkada.rollup.internal.DeskCountsKeeper;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;

/**
 * The roll-up for the leadership, the liaisons and the media office: the totals of the person's
 * desk and its branch, then each desk below it worst first; a tile opens that desk's roll-up
 * (a province, then its kabupaten/kota), and the path leads back up. Live: a count that moves in
 * the branch redraws the screen.
 */
@Route("rekap/:code?")
@Menu(order = 1.5, title = "nav.rollup")
@RolesAllowed({"PIMPINAN", "ADMIN", "FORKOPIMDA", "BAKESBANGPOL"})
class RollupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div path = new Div();
    final Span counted = new Span();
    final Div totals = new Div();
    final Paragraph exercise = new Paragraph();
    final H3 rowsTitle = new H3();
    final Div rows = new Div();
    final Anchor wall = new Anchor();
    final Paragraph problem = new Paragraph();

    private final RollupTiles tiles = new RollupTiles(this::getTranslation);
    private final RollupReader reader;
    private final DeskCountsKeeper keeper;

    RollupView(RollupService rollups, DeskCountsKeeper keeper, LiveEventBus bus) {
        this.keeper = keeper;
        this.reader = new RollupReader(rollups);
        addClassName("rollup-view");
        setMaxWidth("1400px");
        path.addClassName("rollup-path");
        counted.addClassName("help-text");
        totals.addClassName("rollup-totals");
        exercise.addClassName("rollup-exercise-note");
        rows.addClassName("rollup-tiles");
        wall.setText(getTranslation("rollup.wall"));
        wall.addClassName("rollup-wall-link");
        problem.addClassName("rollup-problem");
        Paragraph help = new Paragraph(getTranslation("rollup.help"));
        help.addClassName("help-text");
        Div header = new Div(counted, wall);
        header.addClassName("rollup-header");
        add(path, title, header, totals, exercise, rowsTitle, rows, help, problem);
        reader.follow(this, bus, keeper, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reader.enter(event);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return reader.title(getTranslation("rollup.title"), tiles, getTranslation("app.name"));
    }

    /** Reads the roll-up again and redraws it (or says that the desk is not within reach). */
    void refresh() {
        Rollup rollup;
        try {
            rollup = reader.read();
        } catch (DeskException e) {
            Stream.of(path, title, counted, totals, exercise, rowsTitle, rows, wall)
                    .forEach(c -> c.setVisible(false));
            problem.setText(getTranslation(e.messageKey(), e.args()));
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        Stream.of(path, title, counted, totals, rows, wall).forEach(c -> c.setVisible(true));
        title.setText(getTranslation("rollup.title") + " · " + tiles.name(rollup.desk()));
        drawPath(rollup);
        DeskCounts total = rollup.total();
        counted.setText(
                total.isNone()
                        ? getTranslation("rollup.notCounted")
                        : getTranslation("rollup.counted", Wib.time(total.countedAt()), total.desks()));
        wall.setHref("layar/rekap/" + rollup.desk().code());
        totals.removeAll();
        totals.add(tiles.tile(
                rollup.desk(), tiles.name(rollup.desk()), total, rollup.rows().size(), rollup.uncounted()));
        if (rollup.own() != null && !rollup.rows().isEmpty()) {
            totals.add(tiles.tile(rollup.desk(), getTranslation("rollup.own"), rollup.own(), 0, 0));
        }
        exercise.setVisible(total.exerciseDesks() > 0);
        exercise.setText(getTranslation("rollup.exercise", total.exerciseDesks()));
        rowsTitle.setVisible(!rollup.rows().isEmpty());
        rowsTitle.setText(getTranslation("rollup.rows." + rollup.desk().level().name()));
        rows.removeAll();
        rows.setVisible(!rollup.rows().isEmpty());
        for (Row row : rollup.rows()) {
            Div tile = tiles.tile(row.desk(), tiles.name(row.desk()), row.counts(), row.below(), row.uncounted());
            tile.addClassName("rollup-drill");
            tile.getElement().setAttribute("tabindex", "0");
            tile.getElement().setAttribute("role", "link");
            tile.addClickListener(e -> open(row.desk()));
            tile.getElement()
                    .addEventListener("keydown", e -> open(row.desk()))
                    .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "'");
            rows.add(tile);
        }
    }

    private void drawPath(Rollup rollup) {
        path.removeAll();
        path.setVisible(rollup.path().size() > 1);
        for (DeskInfo step : rollup.path()) {
            if (!path.getChildren().toList().isEmpty()) {
                path.add(new Span(" › "));
            }
            if (step.id() == rollup.desk().id()) {
                path.add(new Span(tiles.name(step)));
            } else {
                Anchor up = new Anchor("rekap/" + step.code(), tiles.name(step));
                path.add(up);
            }
        }
    }

    private void open(DeskInfo desk) {
        getUI().ifPresent(ui -> ui.navigate("rekap/" + desk.code()));
    }
}
