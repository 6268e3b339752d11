package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskLevel;
import id.go.jakarta.deskpilkada.issues.ForwardedIssue;
import id.go.jakarta.deskpilkada.issues.IssueChanged;
import id.go.jakarta.deskpilkada.issues.IssueForwardService;
import id.go.jakarta.deskpilkada.issues.IssueForwarded;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A province desk's inbox of issues its kabupaten/kota desks forwarded (escalation across desks):
 * the list, newest first, and one issue with its whole timeline, where leadership answers. The
 * issue stays its own desk's; the answer goes on its one timeline. Live both ways: a new forwarding
 * or a new line in the kabupaten/kota desk shows here, an answer shows there.
 */
@Route("terusan/:id?")
@Menu(order = 19.55, title = "nav.forwarded")
@RolesAllowed({"PIMPINAN", "BAKESBANGPOL", "ADMIN"})
class ForwardedIssuesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "terusan";

    final H2 heading = new H2();
    final Paragraph intro = new Paragraph();
    final Div list = new Div();
    final Paragraph none = new Paragraph();
    final Div detail = new Div();
    final Div timeline = new Div();
    final TextArea answer = new TextArea();
    final Button send = new Button();
    final Paragraph problem = new Paragraph();

    private final IssueForwardService forwards;
    private volatile long forwardId = -1;
    private volatile Set<Long> issueIds = Set.of();
    private @Nullable ForwardedIssue shown;

    ForwardedIssuesView(IssueForwardService forwards, LiveEventBus bus) {
        this.forwards = forwards;
        addClassName("forwarded-view");
        setMaxWidth("1100px");
        intro.setText(getTranslation("forwarded.intro"));
        intro.addClassName("help-text");
        list.addClassName("forwarded-list");
        none.setText(getTranslation("forwarded.none"));
        timeline.addClassName("issue-timeline");
        answer.setLabel(getTranslation("forwarded.answer"));
        answer.setMaxLength(IssueService.MAX_TEXT);
        answer.setWidthFull();
        send.setText(getTranslation("forwarded.answer.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> sendAnswer());
        problem.addClassName("forwarded-problem");
        add(heading, intro, none, list, detail, problem);
        LiveRefresh.bind(this, bus, this::concernsThis, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forwardId = event.getRouteParameters()
                .get("id")
                .map(raw -> {
                    try {
                        return Long.parseLong(raw.strip());
                    } catch (NumberFormatException e) {
                        return 0L;
                    }
                })
                .orElse(-1L);
        refresh();
    }

    @Override
    public String getPageTitle() {
        ForwardedIssue now = shown;
        return (now == null
                        ? getTranslation("forwarded.title")
                        : "#" + now.issue().id() + " " + now.issue().title()) + " · " + getTranslation("app.name");
    }

    private boolean concernsThis(LiveEvent event) {
        return event instanceof IssueForwarded
                || event instanceof IssueChanged changed && issueIds.contains(changed.issueId());
    }

    /** Reads the list, or the one issue, again. */
    void refresh() {
        problem.setVisible(false);
        try {
            if (forwardId < 0) {
                showList(forwards.forwardedHere());
            } else {
                showOne(forwards.forwarded(forwardId));
            }
        } catch (DeskException e) {
            shown = null;
            issueIds = Set.of();
            list.setVisible(false);
            none.setVisible(false);
            detail.setVisible(false);
            heading.setText(getTranslation("forwarded.title"));
            problem.setText(getTranslation(e.messageKey(), e.args()));
            problem.setVisible(true);
        }
    }

    private void showList(List<ForwardedIssue> all) {
        shown = null;
        issueIds = all.stream().map(f -> f.issue().id()).collect(Collectors.toUnmodifiableSet());
        heading.setText(getTranslation("forwarded.title"));
        intro.setVisible(true);
        detail.setVisible(false);
        none.setVisible(all.isEmpty());
        list.setVisible(!all.isEmpty());
        list.removeAll();
        for (ForwardedIssue forwarded : all) {
            Div card = new Div();
            card.addClassNames("rollup-tile", "rollup-drill", "forwarded-card");
            card.getElement().setAttribute("data-forward", String.valueOf(forwarded.id()));
            card.getElement().setAttribute("tabindex", "0");
            card.getElement().setAttribute("role", "link");
            Span title = new Span(
                    "#" + forwarded.issue().id() + " " + forwarded.issue().title());
            title.addClassName("rollup-name");
            card.add(title, badges(forwarded.issue()), line(forwarded));
            card.addClickListener(e -> open(forwarded));
            card.getElement()
                    .addEventListener("keydown", e -> open(forwarded))
                    .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "'");
            list.add(card);
        }
    }

    private void showOne(ForwardedIssue forwarded) {
        shown = forwarded;
        issueIds = Set.of(forwarded.issue().id());
        IssueInfo issue = forwarded.issue();
        heading.setText("#" + issue.id() + " " + issue.title());
        intro.setVisible(false);
        none.setVisible(false);
        list.setVisible(false);
        detail.setVisible(true);
        detail.removeAll();
        Anchor back = new Anchor(ROUTE, getTranslation("forwarded.back"));
        Paragraph reason = new Paragraph(getTranslation("forwarded.reason", forwarded.reason()));
        reason.addClassName("forwarded-reason");
        Paragraph description = new Paragraph(issue.description() == null ? "" : issue.description());
        description.setVisible(issue.description() != null);
        detail.add(
                back,
                badges(issue),
                line(forwarded),
                reason,
                description,
                new H3(getTranslation("forwarded.timeline")));
        TimelineLines.draw(this, getLocale(), timeline, forwarded.timeline());
        detail.add(timeline);
        if (forwards.mayAnswer()) {
            detail.add(answer, send);
        }
    }

    private Div badges(IssueInfo issue) {
        Span status = new Span(getTranslation(issue.status().labelKey()));
        status.setClassName("issue-badge issue-status-" + issue.status().name().toLowerCase(Locale.ROOT));
        Span severity = new Span(getTranslation(issue.severity().labelKey()));
        severity.setClassName(
                "issue-badge issue-severity-" + issue.severity().name().toLowerCase(Locale.ROOT));
        Div badges = new Div(status, severity);
        badges.addClassName("issue-badges");
        return badges;
    }

    private Span line(ForwardedIssue forwarded) {
        Span line = new Span(getTranslation(
                "forwarded.line",
                deskName(forwarded.from()),
                Wib.dateTime(forwarded.forwardedAt(), getLocale()),
                forwarded.forwardedBy()));
        line.addClassName("issue-secondary");
        return line;
    }

    private static String deskName(DeskInfo desk) {
        return desk.level() == DeskLevel.NASIONAL ? desk.code() : desk.regionName();
    }

    private void open(ForwardedIssue forwarded) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + forwarded.id()));
    }

    private void sendAnswer() {
        ForwardedIssue now = shown;
        if (now == null) {
            return;
        }
        answer.setInvalid(false);
        try {
            showOne(forwards.answer(now.id(), answer.getValue()));
            answer.clear();
            Notification.show(getTranslation("forwarded.answer.sent"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            answer.setInvalid(true);
            answer.setErrorMessage(getTranslation(e.messageKey(), e.args()));
        }
    }
}
