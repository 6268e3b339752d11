package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
 * The situation wall for the leadership's large screens (role LAYAR; leadership and admins may
 * open it too). Full screen, dark, no frame. The picture comes from {@link WallModelService}: one
 * JSON string per language per change, the same instance for every screen on this node; each
 * screen costs little more than its connection.
 */
@Route(value = "layar", autoLayout = false)
@RolesAllowed({"LAYAR", "PIMPINAN", "ADMIN"})
class WallView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    final WallElement wall = new WallElement();

    private final DeskService desks;

    WallView(
            WallModelService pictures,
            AccountGuard guard,
            WallScreenService screens,
            LiveEventBus bus,
            DeskService desks) {
        this.desks = desks;
        addClassName("wall-view");
        setSizeFull();
        add(wall);
        // Leadership on a normal screen: a click opens the post's detail. A wall screen stays put.
        if (CurrentActor.require().is(Role.PIMPINAN)) {
            wall.onPostSelected(e -> getUI().ifPresent(ui -> ui.navigate("posko/" + e.code())));
        }
        WallBinding.bind(this, wall, pictures, guard, screens, bus);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Walls try to reconnect every 2 s after a node or network loss.
        attach.getUI().getReconnectDialogConfiguration().setReconnectInterval(2000);
    }

    /**
     * A desk that holds no election of its own (the national desk, DI Yogyakarta's) has no situation
     * to show: its screens and leadership get its roll-up instead.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (WallBinding.onlyRollsUp(desks)) {
            event.forwardTo("layar/rekap");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wall.title") + " · " + getTranslation("app.name");
    }
}
