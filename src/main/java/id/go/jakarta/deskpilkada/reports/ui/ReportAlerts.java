package id.go.jakarta.deskpilkada.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.ui.LayoutAddOn;
import id.go.jakarta.deskpilkada.base.ui.MainLayout;
import id.go.jakarta.deskpilkada.base.ui.UiAccess;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportMissed;
import org.springframework.stereotype.Component;

/**
 * A missed report reaches the post's chief (and leadership) on whatever page he is: one
 * notification per missed due time per open screen; it stays until closed and opens the reports.
 */
@Component
class ReportAlerts implements LayoutAddOn {

    private final LiveEventBus bus;
    private final PoskoService posko;

    ReportAlerts(LiveEventBus bus, PoskoService posko) {
        this.bus = bus;
        this.posko = posko;
    }

    /** Whether that person is told of that event. */
    static boolean concerns(Actor actor, LiveEvent event) {
        return event instanceof ReportMissed missed
                && (actor.is(Role.PIMPINAN) || actor.is(Role.KETUA_POSKO) && actor.belongsTo(missed.poskoId()));
    }

    @Override
    public void attachTo(MainLayout layout, Actor actor) {
        if (!actor.is(Role.PIMPINAN) && !actor.is(Role.KETUA_POSKO)) {
            return;
        }
        layout.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable unsubscribe = bus.subscribe(signal -> {
                if (signal instanceof LiveSignal.Arrived arrived
                        && concerns(actor, arrived.envelope().event())) {
                    ReportMissed missed = (ReportMissed) arrived.envelope().event();
                    Thread.ofVirtual().start(() -> show(ui, missed));
                }
            });
            layout.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    private void show(UI ui, ReportMissed missed) {
        String name = posko.tile(missed.poskoId()).map(PoskoTile::name).orElse("?");
        UiAccess.run(ui, () -> {
            Notification n = new Notification();
            n.addClassName("report-alert");
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setPosition(Notification.Position.TOP_END);
            n.setDuration(0);
            Span text = new Span(ui.getTranslation("reportAlert.missed", name, ReportNames.due(n, missed.dueAt())));
            Button open = new Button(ui.getTranslation("reportAlert.open"), e -> {
                n.close();
                ui.navigate("laporan");
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button close = new Button(ui.getTranslation("reportAlert.close"), e -> n.close());
            close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            n.add(new Div(text, new Div(open, close)));
            n.open();
        });
    }
}
