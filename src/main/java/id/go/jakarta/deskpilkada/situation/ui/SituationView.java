package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.situation.WallModelService;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The wall's picture on a normal screen for leadership: the same tiles, map and charts, and a
 * click on a post (tile or wilayah) opens its detail.
 */
@Route("situasi")
@Menu(order = 1, title = "nav.situation")
@RolesAllowed({"PIMPINAN", "ADMIN"})
class SituationView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    final WallElement wall = new WallElement();

    private final DeskService desks;

    SituationView(
            WallModelService pictures,
            AccountGuard guard,
            WallScreenService screens,
            LiveEventBus bus,
            DeskService desks) {
        this.desks = desks;
        addClassName("situation-view");
        setSizeFull();
        wall.getElement().setAttribute("embedded", true);
        if (CurrentActor.require().is(Role.PIMPINAN)) {
            wall.onPostSelected(e -> getUI().ifPresent(ui -> ui.navigate("posko/" + e.code())));
        }
        add(wall);
        WallBinding.bind(this, wall, pictures, guard, screens, bus);
    }

    /**
     * A desk that holds no election of its own (the national desk, DI Yogyakarta's) has no situation
     * to show: its screens and leadership get its roll-up instead.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (WallBinding.onlyRollsUp(desks)) {
            event.forwardTo("rekap");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wall.title") + " · " + getTranslation("app.name");
    }
}
