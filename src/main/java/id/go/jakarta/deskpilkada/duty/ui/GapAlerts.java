package id.go.jakarta.deskpilkada.duty.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.ui.LayoutAddOn;
import id.go.jakarta.deskpilkada.base.ui.MainLayout;
import id.go.jakarta.deskpilkada.base.ui.UiAccess;
import id.go.jakarta.deskpilkada.duty.CoverageChanged;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A coverage gap reaches the screens of those who must act: the post's own chief, leadership and
 * admins, on whatever page they are, as a notification that stays until it is closed.
 */
@Component
class GapAlerts implements LayoutAddOn {

    private final LiveEventBus bus;
    private final CoverageService coverage;
    private final PoskoService posko;

    GapAlerts(LiveEventBus bus, CoverageService coverage, PoskoService posko) {
        this.bus = bus;
        this.coverage = coverage;
        this.posko = posko;
    }

    @Override
    public void attachTo(MainLayout layout, Actor actor) {
        if (!(actor.is(Role.KETUA_POSKO) || actor.is(Role.PIMPINAN) || actor.is(Role.ADMIN))) {
            return;
        }
        layout.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable unsubscribe = bus.subscribe(signal -> {
                if (signal instanceof LiveSignal.Arrived arrived
                        && arrived.envelope().event() instanceof CoverageChanged changed
                        && changed.turn() == CoverageChanged.Turn.GAP_OPENED
                        && (!actor.is(Role.KETUA_POSKO) || actor.belongsTo(changed.poskoId()))) {
                    Thread.ofVirtual().start(() -> show(ui, changed.poskoId()));
                }
            });
            layout.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    private void show(UI ui, long poskoId) {
        String post = posko.tile(poskoId).map(PoskoTile::name).orElse("?");
        PostCoverage now = coverage.now(poskoId).orElse(null);
        UiAccess.run(ui, () -> {
            String missing = now == null
                    ? ""
                    : now.missing().stream()
                            .map(m ->
                                    m.count() + " " + ui.getTranslation(m.role().labelKey()))
                            .collect(Collectors.joining(", "));
            Notification n = new Notification();
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setPosition(Notification.Position.TOP_END);
            n.setDuration(0);
            com.vaadin.flow.component.button.Button close =
                    new com.vaadin.flow.component.button.Button(ui.getTranslation("duty.gap.close"), e -> n.close());
            com.vaadin.flow.component.html.Span text =
                    new com.vaadin.flow.component.html.Span(ui.getTranslation("duty.gap.opened", post, missing));
            text.addClassName("gap-alert-text");
            n.add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(text, close));
            n.open();
        });
    }
}
