package id.go.jakarta.deskpilkada.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceChanged;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.RosterChanged;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The officer's phone page. Opened from the post's QR code ({@code /hadir/<code>}) it signs him in
 * at once and says so in large type; opened from the menu it shows his own shifts and lets him
 * sign out of the running one.
 */
@Route("hadir/:token?")
@Menu(order = 13, title = "nav.mySchedule")
@RolesAllowed({"PETUGAS", "KETUA_POSKO"})
class SignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div result = new Div();
    final Div schedule = new Div();

    private final AttendanceService attendance;
    private final RosterService roster;
    private final Map<Long, String> posts;

    SignInView(AttendanceService attendance, RosterService roster, PoskoService posko, LiveEventBus bus) {
        this.attendance = attendance;
        this.roster = roster;
        this.posts = posko.allTiles().stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::name));
        addClassName("sign-in-phone");
        result.addClassName("sign-in-result");
        schedule.setWidthFull();
        add(new H2(getTranslation("duty.mine.title")), result, new H3(getTranslation("duty.mine.shifts")), schedule);
        Actor actor = CurrentActor.require();
        if (actor.officerId() == null) {
            result.add(message(getTranslation("qr.noOfficer"), false));
        }
        LiveRefresh.bind(this, bus, e -> e instanceof AttendanceChanged || e instanceof RosterChanged, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("token").ifPresent(this::signIn);
        refresh();
    }

    void signIn(String token) {
        result.removeAll();
        try {
            AssignmentInfo a = attendance.signInWithCode(token);
            result.add(message(
                    getTranslation(
                            "duty.qr.ok",
                            getTranslation(a.status().labelKey()),
                            posts.getOrDefault(a.poskoId(), "?"),
                            Wib.time(a.signedInAt() == null ? Instant.now() : a.signedInAt())),
                    true));
            // A reload of the page must not present the spent code again.
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            if (ui != null) {
                ui.getPage().getHistory().replaceState(null, "hadir");
            }
        } catch (DeskException e) {
            result.add(message(getTranslation(e.messageKey(), e.args()), false));
        } catch (DataIntegrityViolationException e) {
            result.add(message(getTranslation("qr.used"), false));
        }
    }

    void refresh() {
        schedule.removeAll();
        var mine = roster.mySchedule(Wib.today(java.time.Clock.systemUTC()).minusDays(1));
        if (mine.isEmpty()) {
            schedule.add(new Paragraph(getTranslation("duty.mine.empty")));
        }
        for (AssignmentInfo a : mine) {
            Div card = new Div();
            card.addClassName("my-shift");
            card.getElement().setAttribute("data-status", a.status().name());
            com.vaadin.flow.component.html.Span when =
                    new com.vaadin.flow.component.html.Span(Wib.date(a.day(), getLocale()) + " · "
                            + Wib.time(a.startsAt()).replace(" WIB", "") + "\u2013" + Wib.time(a.endsAt()));
            when.getElement().setAttribute("style", "font-weight:700;display:block");
            card.add(
                    when,
                    new com.vaadin.flow.component.html.Span(posts.getOrDefault(a.poskoId(), "?") + " · "
                            + getTranslation(a.role().labelKey()) + " · "
                            + getTranslation(a.status().labelKey())));
            if (a.onDuty()) {
                card.add(new Div(signOutButton(a)));
            }
            schedule.add(card);
        }
    }

    private Button signOutButton(AssignmentInfo a) {
        Button out = new Button(getTranslation("duty.signOut"), e -> {
            try {
                attendance.signOut(a.id(), a.version());
                result.removeAll();
                result.add(message(getTranslation("duty.mine.signedOut"), true));
            } catch (DeskException ex) {
                result.removeAll();
                result.add(message(getTranslation(ex.messageKey(), ex.args()), false));
            }
            refresh();
        });
        out.addThemeVariants(ButtonVariant.LUMO_SMALL);
        out.setVisible(a.onDuty());
        return out;
    }

    private static Paragraph message(String text, boolean ok) {
        Paragraph p = new Paragraph(text);
        p.addClassNames("sign-in-message", ok ? "sign-in-ok" : "sign-in-refused");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duty.mine.title") + " · " + getTranslation("app.name");
    }
}
