package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.issues.IssueChanged;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueOverdue;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * The referrals waiting on an agency: a Forkopimda liaison sees his own agency's, leadership and
 * the chiefs pick a unit (and see only the issues in their scope). Open ones first, the late ones
 * on top in red with how late they are; the liaison acknowledges and reports action right here. A
 * new referral appears by push, so the liaison's screen is his inbox.
 */
@Route("rujukan")
@Menu(order = 19.5, title = "nav.referrals")
@RolesAllowed({"FORKOPIMDA", "PIMPINAN", "KETUA_POSKO"})
class LiaisonQueueView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_OPEN = 500;
    static final int MAX_CLOSED = 20;

    final ComboBox<UnitInfo> unit = new ComboBox<>();
    final Span summary = new Span();
    final Div open = new Div();
    final Div closed = new Div();

    private final IssueService issues;
    private final Clock clock;
    private final IssueNames.Snapshot names;
    /** Read by the live bus's thread to pick the relevant events. */
    private volatile @Nullable Long unitId;

    private volatile Set<Long> listed = Set.of();

    LiaisonQueueView(IssueService issues, StaffService staff, IssueNames names, LiveEventBus bus, Clock clock) {
        this.issues = issues;
        this.clock = clock;
        this.names = names.snapshot();
        addClassName("referral-queue");
        Actor actor = CurrentActor.require();

        unit.setLabel(getTranslation("referrals.unit"));
        unit.setItemLabelGenerator(u -> u.shortName() + " · " + u.name());
        unit.setWidth("min(100%, 32em)");
        List<UnitInfo> units = staff.units().stream()
                .sorted(Comparator.comparing((UnitInfo u) -> u.kind() != UnitKind.FORKOPIMDA)
                        .thenComparing(UnitInfo::shortName))
                .toList();
        unit.setItems(units);
        if (actor.is(Role.FORKOPIMDA)) {
            // A liaison answers for his own agency only.
            unit.setValue(units.stream()
                    .filter(u -> Objects.equals(u.id(), actor.unitId()))
                    .findFirst()
                    .orElse(null));
            unit.setVisible(false);
        } else if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        unitId = unit.getValue() == null ? null : unit.getValue().id();
        unit.addValueChangeListener(e -> {
            unitId = e.getValue() == null ? null : e.getValue().id();
            refresh();
        });

        summary.addClassName("referral-summary");
        open.addClassName("referral-list");
        closed.addClassName("referral-list");
        add(
                new H2(getTranslation("referrals.title")),
                unit,
                summary,
                open,
                new H3(getTranslation("referrals.closed")),
                closed);
        refresh();
        LiveRefresh.bind(this, bus, this::relevant, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referrals.title") + " · " + getTranslation("app.name");
    }

    private boolean relevant(LiveEvent event) {
        Long chosen = unitId;
        return event instanceof IssueChanged changed
                        && (chosen != null && chosen.equals(changed.unitId()) || listed.contains(changed.issueId()))
                || event instanceof IssueOverdue late && chosen != null && chosen == late.unitId();
    }

    /** Reads the unit's referrals again: open ones, late first, then the latest closed ones. */
    void refresh() {
        open.removeAll();
        closed.removeAll();
        Long chosen = unitId;
        if (chosen == null) {
            summary.setText(getTranslation("referrals.noUnit"));
            listed = Set.of();
            return;
        }
        Instant now = clock.instant();
        IssueFilter referred = IssueFilter.ALL.withUnit(chosen);
        List<Row> rows = issues.find(referred.withOpenOnly(true), 0, MAX_OPEN, Sort.unsorted()).stream()
                .filter(i -> i.status() == IssueStatus.DITANGANI)
                .map(i -> row(i, now))
                .sorted(Row.ORDER)
                .toList();
        List<IssueInfo> done = issues.find(
                referred.withStatuses(Set.of(IssueStatus.SELESAI, IssueStatus.DITOLAK)),
                0,
                MAX_CLOSED,
                Sort.by(Sort.Order.desc("updatedAt")));
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.issue().id());
            open.add(card(r));
        });
        done.forEach(i -> {
            ids.add(i.id());
            closed.add(card(row(i, now)));
        });
        listed = Set.copyOf(ids);
        long waiting =
                rows.stream().filter(r -> r.issue().acknowledgedAt() == null).count();
        long late = rows.stream().filter(r -> r.late() != null).count();
        summary.setText(getTranslation("referrals.summary", rows.size(), waiting, late));
        if (rows.isEmpty()) {
            open.add(secondary(getTranslation("referrals.none")));
        }
        if (done.isEmpty()) {
            closed.add(secondary(getTranslation("referrals.noneClosed")));
        }
    }

    private Row row(IssueInfo issue, Instant now) {
        Instant due = issues.acknowledgeBy(issue);
        return new Row(issue, due, Due.late(issue, due, now));
    }

    private Div card(Row row) {
        IssueInfo issue = row.issue();
        RouterLink title = new RouterLink(
                "#" + issue.id() + " " + issue.title(),
                IssueDetailView.class,
                new RouteParameters("id", String.valueOf(issue.id())));
        title.addClassName("referral-title");
        Span severity = new Span(getTranslation(issue.severity().labelKey()));
        severity.setClassName(
                "issue-badge issue-severity-" + issue.severity().name().toLowerCase(Locale.ROOT));
        Span status = new Span(getTranslation(issue.status().labelKey()));
        status.setClassName("issue-badge issue-status-" + issue.status().name().toLowerCase(Locale.ROOT));
        Div head = new Div(title, severity, status);
        head.addClassName("referral-head");
        Span where = secondary(names.shortPlace(issue) + " · " + names.category(issue.categoryId()) + " · "
                + names.post(issue.poskoId())
                + (issue.referredAt() == null
                        ? ""
                        : " · "
                                + getTranslation(
                                        "referrals.referredAt", Wib.dateTime(issue.referredAt(), getLocale()))));
        Span answer = new Span(answer(row));
        answer.addClassName("referral-answer");
        Div card = new Div(head, where, answer);
        card.addClassName("referral-card");
        if (row.late() != null) {
            card.addClassName("referral-late");
        }
        if (issues.mayRespond(issue)) {
            Div buttons = new Div();
            buttons.addClassName("referral-buttons");
            if (issue.acknowledgedAt() == null) {
                Button acknowledge = new Button(
                        getTranslation("issueDetail.acknowledge"),
                        VaadinIcon.HANDSHAKE.create(),
                        e -> acknowledge(issue));
                acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(acknowledge);
            }
            buttons.add(new Button(
                    getTranslation("issueDetail.reportAction"),
                    VaadinIcon.CLIPBOARD_TEXT.create(),
                    e -> openReportAction(issue)));
            card.add(buttons);
        }
        return card;
    }

    private String answer(Row row) {
        IssueInfo issue = row.issue();
        if (issue.acknowledgedAt() != null) {
            return getTranslation("issueDetail.acknowledgedAt", Wib.dateTime(issue.acknowledgedAt(), getLocale()));
        }
        if (!issue.open()) {
            return "";
        }
        String due = row.due() == null ? "" : Wib.dateTime(row.due(), getLocale());
        return row.late() == null
                ? getTranslation("issueDetail.notAcknowledged", due)
                : getTranslation("issueDetail.notAcknowledgedLate", due, Due.words(row.late(), this));
    }

    boolean acknowledge(IssueInfo issue) {
        return Attempt.run(() -> issues.acknowledge(issue.id(), null), this::refresh);
    }

    ActionDialog openReportAction(IssueInfo issue) {
        TextArea text = new TextArea(getTranslation("issueDetail.reportAction.text"));
        text.setMaxLength(IssueService.MAX_TEXT);
        text.setWidthFull();
        text.setMinHeight("6em");
        ActionDialog dialog = new ActionDialog(
                getTranslation("issueDetail.reportAction.title", String.valueOf(issue.id())),
                getTranslation("issueDetail.reportAction.send"),
                issue.version(),
                v -> issues.reportAction(issue.id(), text.getValue()),
                () -> {
                    refresh();
                    return OptionalLong.of(issue.version());
                },
                this::refresh,
                text);
        dialog.open();
        return dialog;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.addClassName("issue-secondary");
        return span;
    }

    /** One referral with its target and, if it passed, by how much. */
    private record Row(
            IssueInfo issue,
            @Nullable Instant due,
            @Nullable Duration late) {

        /** The longest late first, then waiting by target, then acknowledged ones, newest first. */
        static final Comparator<Row> ORDER = Comparator.comparingInt(Row::rank).thenComparingLong(Row::within);

        private int rank() {
            return late != null ? 0 : issue.acknowledgedAt() == null ? 1 : 2;
        }

        private long within() {
            if (late != null) {
                return -late.getSeconds();
            }
            if (issue.acknowledgedAt() == null) {
                return due == null ? Long.MAX_VALUE : due.getEpochSecond();
            }
            return issue.referredAt() == null ? 0 : -issue.referredAt().getEpochSecond();
        }
    }
}
