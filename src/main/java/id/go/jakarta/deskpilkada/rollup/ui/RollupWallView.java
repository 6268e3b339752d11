package id.go.jakarta.deskpilkada.rollup.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.WibClock;
import id.go.jakarta.deskpilkada.rollup.DeskCounts;
import id.go.jakarta.deskpilkada.rollup.RollupService;
import id.go.jakarta.deskpilkada.rollup.RollupService.Rollup;
import id.go.jakarta.deskpilkada.rollup.RollupService.Row;
import id.go.jakarta.deskpilkada.rollup.internal.DeskCountsKeeper;
import jakarta.annotation.security.RolesAllowed;

/**
 * The roll-up wall for a duty room's large screen (the ministry's: every province; a province's:
 * its kabupaten/kota): dark, full screen, the desks below as tiles worst first, sized so that all
 * of them fit the screen (38 at most: East Java's kabupaten/kota) and the numbers stay readable
 * across a room at 1080p and 4K. The leadership may open a tile's desk; a wall screen stays put.
 */
@Route(value = "layar/rekap/:code?", autoLayout = false)
@RolesAllowed({"LAYAR", "PIMPINAN", "ADMIN"})
class RollupWallView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Span title = new Span();
    final Span counted = new Span();
    final Div totals = new Div();
    final Div grid = new Div();
    final Div problem = new Div();

    private final RollupTiles tiles = new RollupTiles(this::getTranslation);
    private final RollupReader reader;
    private final DeskCountsKeeper keeper;

    RollupWallView(RollupService rollups, DeskCountsKeeper keeper, LiveEventBus bus) {
        this.keeper = keeper;
        this.reader = new RollupReader(rollups);
        addClassName("rollup-wall");
        setSizeFull();
        title.addClassName("rollup-wall-title");
        counted.addClassName("rollup-wall-counted");
        Div header = new Div(title, counted, new WibClock(getLocale().getLanguage()));
        header.addClassName("rollup-wall-header");
        totals.addClassName("rollup-wall-totals");
        grid.addClassName("rollup-wall-grid");
        problem.addClassName("rollup-wall-problem");
        add(header, totals, grid, problem);
        reader.follow(this, bus, keeper, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reader.enter(event);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Walls try to reconnect every 2 s after a node or network loss.
        attach.getUI().getReconnectDialogConfiguration().setReconnectInterval(2000);
    }

    @Override
    public String getPageTitle() {
        return reader.title(getTranslation("rollup.wall.title"), tiles, getTranslation("app.name"));
    }

    void refresh() {
        Rollup rollup;
        try {
            rollup = reader.read();
        } catch (DeskException e) {
            grid.removeAll();
            totals.removeAll();
            problem.setText(getTranslation(e.messageKey(), e.args()));
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        title.setText(getTranslation("rollup.wall.title") + " · " + tiles.name(rollup.desk()));
        DeskCounts total = rollup.total();
        counted.setText(
                total.isNone()
                        ? getTranslation("rollup.notCounted")
                        : getTranslation("rollup.counted", Wib.time(total.countedAt()), total.desks()));
        totals.removeAll();
        totals.add(tiles.badge(total), tiles.numbers(total));
        if (total.exerciseDesks() > 0) {
            Span exercise = new Span(getTranslation("rollup.exerciseBadge", total.exerciseDesks()));
            exercise.addClassName("rollup-exercise");
            totals.add(exercise);
        }
        grid.removeAll();
        boolean drill = CurrentActor.require().is(Role.PIMPINAN)
                || CurrentActor.require().is(Role.ADMIN);
        DeskCounts own = rollup.own();
        if (own != null) {
            // A province's own election (its governor's posts) beside its kabupaten/kota.
            grid.add(tiles.wallTile(
                    rollup.desk(),
                    rollup.rows().isEmpty() ? tiles.shortName(rollup.desk()) : getTranslation("rollup.own"),
                    own,
                    0,
                    0));
        }
        for (Row row : rollup.rows()) {
            Div tile =
                    tiles.wallTile(row.desk(), tiles.shortName(row.desk()), row.counts(), row.below(), row.uncounted());
            if (drill) {
                tile.addClassName("rollup-drill");
                tile.addClickListener(e -> getUI().ifPresent(
                                ui -> ui.navigate("layar/rekap/" + row.desk().code())));
            }
            grid.add(tile);
        }
        int count = Math.max(1, (int) grid.getChildren().count());
        // Columns for tiles a little wider than high on a 16:9 screen: all of them fit, none clipped.
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(count * 16.0 / 9.0 / 1.4)));
        grid.getStyle().set("--rollup-columns", String.valueOf(columns));
        grid.getStyle().set("--rollup-rows", String.valueOf((int) Math.ceil(count / (double) columns)));
    }
}
