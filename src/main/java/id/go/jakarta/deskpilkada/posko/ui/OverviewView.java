package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.posko.PoskoAlertLevelChanged;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seven posts at a glance. Every open copy of this screen, on every node, shows an alert
 * change within a second: the view re-renders from the live snapshot when the event arrives.
 */
@Route("")
@Menu(order = 0, title = "nav.overview")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS", "FORKOPIMDA", "BAKESBANGPOL", "ADMIN"})
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    final Div tiles = new Div();
    final Span stage = new Span();
    /** Shown while the desk has no post: a desk that only rolls up (the national one) or a new one. */
    final Paragraph empty = new Paragraph();

    final Map<String, PoskoCard> cards = new HashMap<>();

    private final PoskoService posko;
    private final ElectionService elections;
    private final Clock clock;
    private final I18NProvider text;
    private final Actor actor;

    OverviewView(PoskoService posko, ElectionService elections, I18NProvider text, LiveEventBus bus, Clock clock) {
        this.text = text;
        this.posko = posko;
        this.elections = elections;
        this.clock = clock;
        this.actor = CurrentActor.require();
        addClassName("overview-view");
        tiles.addClassName("posko-tiles");
        stage.addClassName("stage-line");
        empty.add(new Span(getTranslation("overview.empty")));
        if (!actor.is(Role.KETUA_POSKO) && !actor.is(Role.PETUGAS)) {
            empty.add(new Span(" "), new Anchor("rekap", getTranslation("overview.empty.rollup")));
        }
        empty.setVisible(false);
        add(new H2(getTranslation("overview.title")), stage, empty, tiles);
        render();
        LiveRefresh.bind(this, bus, e -> e instanceof PoskoAlertLevelChanged, this::render);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · " + getTranslation("app.name");
    }

    private void render() {
        // Recomputed on every render: a screen left open overnight moves on to the new day's stage.
        stage.setText(StageLine.of(elections, Wib.today(clock), text, getLocale()));
        List<PoskoTile> all = posko.tiles();
        empty.setVisible(all.isEmpty());
        for (PoskoTile tile : all) {
            PoskoCard card = cards.computeIfAbsent(tile.code(), code -> {
                PoskoCard created = new PoskoCard(
                        posko,
                        posko.mayChangeAlert(actor, tile.id()),
                        actor.is(Role.PIMPINAN) || actor.is(Role.KETUA_POSKO) && actor.belongsTo(tile.id()));
                tiles.add(created);
                return created;
            });
            card.show(tile);
        }
    }
}
