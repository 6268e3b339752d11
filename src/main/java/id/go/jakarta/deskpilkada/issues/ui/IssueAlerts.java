package id.go.jakarta.deskpilkada.issues.ui;

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
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.ui.LayoutAddOn;
import id.go.jakarta.deskpilkada.base.ui.MainLayout;
import id.go.jakarta.deskpilkada.base.ui.UiAccess;
import id.go.jakarta.deskpilkada.issues.IssueChanged;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueOverdue;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.TimelineKind;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An issue that needs someone reaches his screen, on whatever page he is: a liaison when an issue
 * is referred to his agency; the provincial post and leadership when an issue is escalated or a
 * referral is not acknowledged in time; the owning post's chief when the agency acknowledges.
 * One notification per event per open screen (each screen subscribes once, for as long as its
 * frame is attached); it stays until closed and opens the issue on a click. The issue is read as
 * the person, so nobody is told about an issue he may not see.
 */
@Component
class IssueAlerts implements LayoutAddOn {

    /** What happened, in the words of the notification's message key. */
    enum Kind {
        REFERRED("issueAlert.referred", NotificationVariant.LUMO_PRIMARY),
        ESCALATED("issueAlert.escalated", NotificationVariant.LUMO_WARNING),
        OVERDUE("issueAlert.overdue", NotificationVariant.LUMO_ERROR),
        ACKNOWLEDGED("issueAlert.acknowledged", NotificationVariant.LUMO_SUCCESS);

        final String messageKey;
        final NotificationVariant variant;

        Kind(String messageKey, NotificationVariant variant) {
            this.messageKey = messageKey;
            this.variant = variant;
        }
    }

    record Alert(Kind kind, long issueId, @Nullable Long unitId) {}

    private final LiveEventBus bus;
    private final IssueService issues;
    private final PoskoService posko;
    private final StaffService staff;

    IssueAlerts(LiveEventBus bus, IssueService issues, PoskoService posko, StaffService staff) {
        this.bus = bus;
        this.issues = issues;
        this.posko = posko;
        this.staff = staff;
    }

    @Override
    public void attachTo(MainLayout layout, Actor actor) {
        boolean provincial = (actor.is(Role.KETUA_POSKO) || actor.is(Role.PETUGAS))
                && actor.poskoId() != null
                && posko.tile(actor.poskoId())
                        .map(p -> p.level() == PoskoLevel.PROVINSI)
                        .orElse(false);
        Audience audience = new Audience(actor, provincial || actor.is(Role.PIMPINAN));
        if (!audience.anything()) {
            return;
        }
        layout.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable unsubscribe = bus.subscribe(signal -> {
                if (signal instanceof LiveSignal.Arrived arrived) {
                    Alert alert = audience.alertFor(arrived.envelope().event());
                    if (alert != null) {
                        // Off Hazelcast's event thread: one slow screen must not hold up the others.
                        Thread.ofVirtual().start(() -> show(ui, alert));
                    }
                }
            });
            layout.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    /** Which issue events concern one person. */
    record Audience(Actor actor, boolean watchesEscalations) {

        boolean anything() {
            return watchesEscalations
                    || actor.is(Role.FORKOPIMDA) && actor.unitId() != null
                    || actor.is(Role.KETUA_POSKO) && actor.poskoId() != null;
        }

        @Nullable
        Alert alertFor(LiveEvent event) {
            if (event instanceof IssueOverdue late) {
                return watchesEscalations ? new Alert(Kind.OVERDUE, late.issueId(), late.unitId()) : null;
            }
            if (!(event instanceof IssueChanged changed)) {
                return null;
            }
            if (changed.change() == TimelineKind.DIRUJUK
                    && actor.is(Role.FORKOPIMDA)
                    && actor.unitId() != null
                    && actor.unitId().equals(changed.unitId())) {
                return new Alert(Kind.REFERRED, changed.issueId(), changed.unitId());
            }
            if (changed.change() == TimelineKind.ESKALASI && watchesEscalations) {
                return new Alert(Kind.ESCALATED, changed.issueId(), changed.unitId());
            }
            // The post's own people acknowledging on the agency's behalf need not be told.
            if (changed.change() == TimelineKind.DITERIMA
                    && !changed.byPost()
                    && actor.is(Role.KETUA_POSKO)
                    && actor.belongsTo(changed.poskoId())) {
                return new Alert(Kind.ACKNOWLEDGED, changed.issueId(), changed.unitId());
            }
            return null;
        }
    }

    private void show(UI ui, Alert alert) {
        String unit = alert.unitId() == null
                ? ""
                : staff.unit(alert.unitId()).map(UnitInfo::shortName).orElse("");
        UiAccess.run(ui, () -> {
            IssueInfo issue;
            try {
                // As the person of this screen: what he may not see, he is not told about.
                issue = issues.issue(alert.issueId());
            } catch (DeskException hidden) {
                return;
            }
            open(ui, alert, issue, unit);
        });
    }

    private static void open(UI ui, Alert alert, IssueInfo issue, String unit) {
        Notification n = new Notification();
        n.addClassName("issue-alert");
        n.addThemeVariants(alert.kind().variant);
        n.setPosition(Notification.Position.TOP_END);
        n.setDuration(0);
        Span text =
                new Span(ui.getTranslation(alert.kind().messageKey, String.valueOf(issue.id()), issue.title(), unit));
        text.addClassName("issue-alert-text");
        Button openIt = new Button(ui.getTranslation("issueAlert.open"), e -> {
            n.close();
            ui.navigate(IssueDetailView.LIST_ROUTE + "/" + issue.id());
        });
        openIt.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button close = new Button(ui.getTranslation("issueAlert.close"), e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        Div buttons = new Div(openIt, close);
        buttons.addClassName("issue-alert-buttons");
        n.add(new Div(text, buttons));
        n.open();
    }
}
