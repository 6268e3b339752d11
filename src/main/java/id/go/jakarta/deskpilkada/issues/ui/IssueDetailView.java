package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.base.ui.UiAccess;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.issues.AttachmentInfo;
import id.go.jakarta.deskpilkada.issues.AttachmentService;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueChanged;
import id.go.jakarta.deskpilkada.issues.IssueForwardService;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueOverdue;
import id.go.jakarta.deskpilkada.issues.IssueRevisionInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Rejection;
import id.go.jakarta.deskpilkada.issues.TimelineEntry;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One issue in depth: what was reported and where, its state and who holds it, the referral and
 * whether the agency answered in time, the timeline, files, and (for leadership and the
 * provincial chief) every revision field by field. The buttons are only those the person may use
 * now. Every change is tried against the version he saw; when someone else was faster he is told
 * who, and reloads when he chooses. Two people on one issue see each other's changes by push.
 */
@Route("permasalahan/:id")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS", "FORKOPIMDA", "BAKESBANGPOL", "ADMIN"})
class IssueDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The issue list (another screen of this feature, known here by its address only). */
    static final String LIST_ROUTE = "permasalahan";

    final Div notFound = new Div();
    final Div body = new Div();
    final H2 heading = new H2();
    final Span status = new Span();
    final Span severity = new Span();
    final Span overdue = new Span();
    final Span escalated = new Span();
    final Paragraph description = new Paragraph();
    final Div facts = new Div();
    final Div stale = new Div();
    final Span staleText = new Span();
    final Button staleReload = new Button();
    final Button verify = new Button();
    final Button refer = new Button();
    final Button resolve = new Button();
    final Button reject = new Button();
    final Button escalate = new Button();
    final Button forward = new Button();
    final Span forwarded = new Span();
    final Button edit = new Button();
    final Button acknowledge = new Button();
    final Button reportAction = new Button();
    final Div timeline = new Div();
    final Div files = new Div();
    final Upload upload = new Upload();
    final Div commentBox = new Div();
    final TextArea comment = new TextArea();
    final Button send = new Button();
    final Details history = new Details();
    final Div revisions = new Div();

    private final IssueService issues;
    private final IssueForwardService forwards;
    private final AttachmentService attachments;
    private final StaffService staff;
    private final WilayahService places;
    private final ElectionService elections;
    private final Clock clock;
    private final IssueNames.Snapshot names;
    /** Read by the live bus's thread to pick this issue's events. */
    private volatile long id = -1;

    private @Nullable IssueInfo shown;

    IssueDetailView(
            IssueService issues,
            IssueForwardService forwards,
            AttachmentService attachments,
            StaffService staff,
            WilayahService places,
            ElectionService elections,
            IssueNames names,
            LiveEventBus bus,
            Clock clock) {
        this.issues = issues;
        this.forwards = forwards;
        this.attachments = attachments;
        this.staff = staff;
        this.places = places;
        this.elections = elections;
        this.clock = clock;
        this.names = names.snapshot();
        addClassName("issue-detail");

        Anchor back = new Anchor(LIST_ROUTE, getTranslation("issueDetail.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("issue-back");

        notFound.addClassName("issue-not-found");
        notFound.setVisible(false);

        status.addClassName("issue-badge");
        severity.addClassName("issue-badge");
        overdue.addClassName("issue-badge");
        overdue.addClassName("issue-badge-overdue");
        escalated.addClassName("issue-badge");
        escalated.addClassName("issue-badge-escalated");
        escalated.setText(getTranslation("issueDetail.escalated"));
        forwarded.addClassNames("issue-badge", "issue-badge-escalated");
        forwarded.setVisible(false);
        Div badges = new Div(status, severity, escalated, forwarded, overdue);
        badges.addClassName("issue-badges");
        description.addClassName("issue-description");
        facts.addClassName("issue-facts");

        stale.addClassName("dialog-error");
        stale.addClassName("issue-stale");
        stale.getElement().setAttribute("role", "alert");
        staleReload.setText(getTranslation("issueDetail.reload"));
        staleReload.addClickListener(e -> reload());
        stale.add(staleText, staleReload);
        stale.setVisible(false);

        button(verify, "issueDetail.verify", VaadinIcon.CHECK, this::verify);
        button(refer, "issueDetail.refer", VaadinIcon.EXCHANGE, this::openRefer);
        button(resolve, "issueDetail.resolve", VaadinIcon.CHECK_CIRCLE, this::openResolve);
        button(reject, "issueDetail.reject", VaadinIcon.BAN, this::openReject);
        button(escalate, "issueDetail.escalate", VaadinIcon.ARROW_UP, this::openEscalate);
        button(forward, "issueDetail.forward", VaadinIcon.ARROW_FORWARD, this::openForward);
        button(edit, "issueDetail.edit", VaadinIcon.EDIT, this::openEdit);
        button(acknowledge, "issueDetail.acknowledge", VaadinIcon.HANDSHAKE, this::acknowledge);
        button(reportAction, "issueDetail.reportAction", VaadinIcon.CLIPBOARD_TEXT, this::openReportAction);
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions =
                new FlexLayout(verify, refer, resolve, reject, escalate, forward, edit, acknowledge, reportAction);
        actions.addClassName("issue-actions");

        timeline.addClassName("issue-timeline");
        comment.setLabel(getTranslation("issueDetail.comment"));
        comment.setMaxLength(IssueService.MAX_TEXT);
        comment.setWidthFull();
        send.setText(getTranslation("issueDetail.comment.send"));
        send.addClickListener(e -> sendComment());
        commentBox.add(comment, send);
        commentBox.addClassName("issue-comment");

        files.addClassName("issue-files");
        int maxMb = (int) (attachments.maxBytes() / (1024 * 1024));
        upload.setUploadHandler(this::receive);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxBytes()));
        upload.setAcceptedFileTypes(
                "image/jpeg", "image/png", "image/webp", "application/pdf", ".jpg", ".jpeg", ".png", ".webp", ".pdf");
        upload.setDropLabel(new Span(getTranslation("issueDetail.files.drop", maxMb)));
        upload.setUploadButton(new Button(getTranslation("issueDetail.files.add"), VaadinIcon.CAMERA.create()));
        upload.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("attachment.tooLarge", maxMb))
                        .setIncorrectFileType(getTranslation("attachment.type"))
                        .setTooManyFiles(getTranslation("attachment.tooMany", attachments.maxFiles()))));
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage()));

        history.setSummaryText(getTranslation("issueDetail.history"));
        history.add(revisions);
        history.addOpenedChangeListener(e -> renderHistory());
        revisions.addClassName("issue-revisions");

        body.add(
                heading,
                badges,
                description,
                stale,
                actions,
                facts,
                new H3(getTranslation("issueDetail.timeline")),
                timeline,
                commentBox,
                new H3(getTranslation("issueDetail.files")),
                files,
                upload,
                history);
        body.addClassName("issue-body");
        add(back, notFound, body);
        LiveRefresh.bind(this, bus, this::concernsThisIssue, this::reload);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("").strip();
        raw = raw.startsWith("#") ? raw.substring(1) : raw;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            id = -1;
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        IssueInfo issue = shown;
        return (issue == null ? getTranslation("issueDetail.notFound.title") : "#" + issue.id() + " " + issue.title())
                + " · " + getTranslation("app.name");
    }

    private boolean concernsThisIssue(LiveEvent event) {
        return event instanceof IssueChanged changed && changed.issueId() == id
                || event instanceof IssueOverdue late && late.issueId() == id;
    }

    /** Reads the issue as it is now and shows it (or that it is not there for this person). */
    void reload() {
        IssueInfo now = null;
        if (id > 0) {
            try {
                now = issues.issue(id);
            } catch (DeskException hidden) {
                // Unknown, or outside this person's scope: both read as "not found".
            }
        }
        shown = now;
        stale.setVisible(false);
        render();
    }

    private OptionalLong reloadedVersion() {
        reload();
        return shown == null ? OptionalLong.empty() : OptionalLong.of(shown.version());
    }

    private void render() {
        IssueInfo issue = shown;
        notFound.setVisible(issue == null);
        body.setVisible(issue != null);
        if (issue == null) {
            notFound.removeAll();
            notFound.add(
                    new H2(getTranslation("issueDetail.notFound.title")),
                    new Paragraph(getTranslation("issueDetail.notFound.message")));
            return;
        }
        heading.setText("#" + issue.id() + " " + issue.title());
        status.setText(getTranslation(issue.status().labelKey()));
        status.setClassName("issue-badge issue-status-" + issue.status().name().toLowerCase(Locale.ROOT));
        severity.setText(getTranslation(issue.severity().labelKey()));
        severity.setClassName(
                "issue-badge issue-severity-" + issue.severity().name().toLowerCase(Locale.ROOT));
        escalated.setVisible(issue.escalated());
        Instant due = issues.acknowledgeBy(issue);
        Duration late = Due.late(issue, due, clock.instant());
        overdue.setVisible(late != null);
        overdue.setText(late == null ? "" : getTranslation("issueDetail.overdueBy", Due.words(late, this)));
        description.setText(
                issue.description() == null ? getTranslation("issueDetail.noDescription") : issue.description());
        description.getElement().getClassList().set("issue-secondary", issue.description() == null);
        renderFacts(issue, due, late);
        renderActions(issue);
        renderTimeline();
        renderFiles(issue);
        history.setVisible(issues.maySeeHistory());
        renderHistory();
    }

    private void renderFacts(IssueInfo issue, @Nullable Instant due, @Nullable Duration late) {
        facts.removeAll();
        fact("issueForm.category", names.category(issue.categoryId()));
        fact("issueDetail.place", names.place(issue));
        fact("issueForm.tps", issue.tps());
        fact("issueForm.address", issue.address());
        fact("issueForm.stage", names.stage(issue.stageSeq()));
        fact("issueForm.source", getTranslation(issue.source().labelKey()));
        fact("issueDetail.reporter", issue.reporter());
        fact("issueDetail.reportedAt", time(issue.reportedAt()));
        fact("issueDetail.updatedAt", time(issue.updatedAt()));
        String escalatedNote = " (" + getTranslation("issueDetail.escalated").toLowerCase(getLocale()) + ")";
        fact("issueDetail.post", names.post(issue.poskoId()) + (issue.escalated() ? escalatedNote : ""));
        if (issue.assignedUnitId() != null) {
            fact(
                    "issueDetail.unit",
                    names.unit(issue.assignedUnitId())
                            + (issue.referredAt() == null ? "" : " · " + time(issue.referredAt())));
            String answer;
            if (issue.acknowledgedAt() != null) {
                answer = getTranslation("issueDetail.acknowledgedAt", time(issue.acknowledgedAt()));
            } else if (late != null) {
                answer = getTranslation(
                        "issueDetail.notAcknowledgedLate", due == null ? "" : time(due), Due.words(late, this));
            } else {
                answer = getTranslation("issueDetail.notAcknowledged", due == null ? "" : time(due));
            }
            Div row = fact("issueDetail.acknowledgement", answer);
            if (row != null) {
                row.getElement().getClassList().set("issue-late", late != null);
            }
        }
        if (issue.rejection() != null) {
            fact("issueDetail.rejection", getTranslation(issue.rejection().labelKey()));
        }
        if (issue.resolvedAt() != null) {
            fact("issueDetail.resolvedAt", time(issue.resolvedAt()));
        }
    }

    private @Nullable Div fact(String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("issue-fact-label");
        Span text = new Span(value);
        text.addClassName("issue-fact-value");
        Div row = new Div(label, text);
        row.addClassName("issue-fact");
        facts.add(row);
        return row;
    }

    private void renderActions(IssueInfo issue) {
        boolean handles = issues.mayHandle(issue);
        IssueStatus now = issue.status();
        verify.setVisible(handles && now == IssueStatus.BARU);
        refer.setVisible(handles && (now == IssueStatus.TERVERIFIKASI || now == IssueStatus.DITANGANI));
        refer.setText(getTranslation(now == IssueStatus.DITANGANI ? "issueDetail.referAgain" : "issueDetail.refer"));
        resolve.setVisible(handles && now == IssueStatus.DITANGANI);
        reject.setVisible(handles && issue.open());
        escalate.setVisible(issues.mayEscalate(issue));
        Optional<DeskInfo> forwardedTo = forwards.forwardedTo(issue.id());
        forwarded.setVisible(forwardedTo.isPresent());
        forwardedTo.ifPresent(d -> forwarded.setText(getTranslation("issueDetail.forwarded", d.regionName())));
        forward.setVisible(forwardedTo.isEmpty() && forwards.mayForwardTo(issue).isPresent());
        edit.setVisible(handles && issue.open());
        boolean responds = issues.mayRespond(issue);
        acknowledge.setVisible(responds && issue.acknowledgedAt() == null);
        reportAction.setVisible(responds);
        commentBox.setVisible(issues.mayComment(issue));
    }

    private void renderTimeline() {
        List<TimelineEntry> entries;
        try {
            entries = issues.timeline(id);
        } catch (DeskException hidden) {
            entries = List.of();
        }
        TimelineLines.draw(this, getLocale(), timeline, entries);
    }

    private void renderFiles(IssueInfo issue) {
        files.removeAll();
        List<AttachmentInfo> list;
        try {
            list = attachments.attachments(issue.id());
        } catch (DeskException hidden) {
            list = List.of();
        }
        if (list.isEmpty()) {
            Span none = new Span(getTranslation("issueDetail.files.none"));
            none.addClassName("issue-secondary");
            files.add(none);
        }
        for (AttachmentInfo file : list) {
            Anchor open = new Anchor(file.downloadPath(), "");
            open.setTarget(AnchorTarget.BLANK);
            if (file.image()) {
                Image thumb = new Image(file.downloadPath(), file.fileName());
                thumb.addClassName("issue-thumb");
                open.add(thumb);
            } else {
                open.add(VaadinIcon.FILE_TEXT_O.create(), new Span(file.fileName()));
            }
            Span about = new Span(file.fileName() + " · " + size(file.size()) + " · " + file.uploadedBy() + " · "
                    + time(file.uploadedAt()));
            about.addClassName("issue-secondary");
            Div item = new Div(open, about);
            item.addClassName("issue-file");
            files.add(item);
        }
        upload.setVisible(issues.mayComment(issue) && list.size() < attachments.maxFiles());
    }

    private void renderHistory() {
        revisions.removeAll();
        if (!history.isVisible() || !history.isOpened() || shown == null) {
            return;
        }
        List<IssueRevisionInfo> all;
        try {
            all = issues.history(id);
        } catch (DeskException refused) {
            revisions.add(new Span(getTranslation(refused.messageKey(), refused.args())));
            return;
        }
        IssueInfo before = null;
        for (IssueRevisionInfo revision : all) {
            Div entry = new Div();
            entry.addClassName("issue-revision");
            Span head = new Span(getTranslation(
                    "issueDetail.revision",
                    String.valueOf(revision.revision()),
                    time(revision.at()),
                    revision.username(),
                    getTranslation("issueDetail.revision." + revisionType(revision.type()))));
            head.addClassName("issue-revision-head");
            entry.add(head);
            if (before != null) {
                List<String> changed = changes(before, revision.state());
                for (String line : changed) {
                    entry.add(new Div(line));
                }
                if (changed.isEmpty()) {
                    Div none = new Div(getTranslation("issueDetail.revision.noFields"));
                    none.addClassName("issue-secondary");
                    entry.add(none);
                }
            }
            revisions.add(entry);
            before = revision.state();
        }
    }

    private static String revisionType(String type) {
        return switch (type) {
            case "ADD", "MOD", "DEL" -> type;
            default -> "MOD";
        };
    }

    /** Field by field, what one revision changed compared with the one before. */
    List<String> changes(IssueInfo a, IssueInfo b) {
        List<String> out = new ArrayList<>();
        diff(out, "issueForm.title", a.title(), b.title());
        diff(out, "issueForm.description", a.description(), b.description());
        diff(out, "issueForm.category", names.category(a.categoryId()), names.category(b.categoryId()));
        diff(
                out,
                "issueForm.severity",
                getTranslation(a.severity().labelKey()),
                getTranslation(b.severity().labelKey()));
        diff(
                out,
                "issueDetail.status",
                getTranslation(a.status().labelKey()),
                getTranslation(b.status().labelKey()));
        diff(out, "issueDetail.place", names.place(a), names.place(b));
        diff(out, "issueForm.tps", a.tps(), b.tps());
        diff(out, "issueForm.address", a.address(), b.address());
        diff(
                out,
                "issueForm.source",
                getTranslation(a.source().labelKey()),
                getTranslation(b.source().labelKey()));
        diff(out, "issueForm.stage", names.stage(a.stageSeq()), names.stage(b.stageSeq()));
        diff(out, "issueDetail.post", names.post(a.poskoId()), names.post(b.poskoId()));
        diff(out, "issueDetail.unit", names.unit(a.assignedUnitId()), names.unit(b.assignedUnitId()));
        diff(
                out,
                "issueDetail.rejection",
                a.rejection() == null ? null : getTranslation(a.rejection().labelKey()),
                b.rejection() == null ? null : getTranslation(b.rejection().labelKey()));
        diff(out, "issueDetail.acknowledgement", timeOrNull(a.acknowledgedAt()), timeOrNull(b.acknowledgedAt()));
        diff(out, "issueDetail.overdueAt", timeOrNull(a.overdueAt()), timeOrNull(b.overdueAt()));
        diff(out, "issueDetail.resolvedAt", timeOrNull(a.resolvedAt()), timeOrNull(b.resolvedAt()));
        return out;
    }

    private void diff(List<String> out, String labelKey, @Nullable String before, @Nullable String after) {
        String was = before == null || before.isBlank() ? "\u2013" : before;
        String now = after == null || after.isBlank() ? "\u2013" : after;
        if (!Objects.equals(was, now)) {
            out.add(getTranslation(labelKey) + ": " + was + " \u2192 " + now);
        }
    }

    // ---- actions ---------------------------------------------------------------------------------

    void verify() {
        IssueInfo issue = shown;
        if (issue != null) {
            act(() -> issues.verify(issue.id(), issue.version()));
        }
    }

    void acknowledge() {
        IssueInfo issue = shown;
        if (issue != null) {
            act(() -> issues.acknowledge(issue.id(), null));
        }
    }

    /**
     * A one-click change. Someone else's change in between is not papered over: the screen keeps
     * what the person saw, says who changed it, and offers to reload.
     */
    private boolean act(Supplier<IssueInfo> change) {
        boolean[] conflict = {false};
        return Attempt.run(
                () -> {
                    try {
                        return change.get();
                    } catch (DeskException refusal) {
                        if (refusal.kind() == DeskException.Kind.CONFLICT) {
                            conflict[0] = true;
                            staleText.setText(getTranslation(refusal.messageKey(), refusal.args()));
                        }
                        throw refusal;
                    }
                },
                () -> {
                    if (conflict[0]) {
                        stale.setVisible(true);
                    } else {
                        reload();
                    }
                });
    }

    void sendComment() {
        String text = comment.getValue();
        if (Attempt.run(() -> issues.comment(id, text), this::reload)) {
            comment.clear();
        }
    }

    ActionDialog openRefer() {
        IssueInfo issue = Objects.requireNonNull(shown);
        ComboBox<UnitInfo> unit = new ComboBox<>(getTranslation("issueDetail.refer.unit"));
        unit.setItems(staff.units().stream()
                .filter(UnitInfo::active)
                .sorted(Comparator.comparing((UnitInfo u) -> u.kind() != UnitKind.FORKOPIMDA)
                        .thenComparing(UnitInfo::shortName))
                .toList());
        unit.setItemLabelGenerator(u -> u.shortName() + " · " + u.name());
        unit.setWidthFull();
        TextArea note = note("issueDetail.refer.note", false);
        return open(new ActionDialog(
                getTranslation("issueDetail.refer.title", String.valueOf(issue.id())),
                getTranslation("issueDetail.refer"),
                issue.version(),
                v -> {
                    UnitInfo chosen = unit.getValue();
                    if (chosen == null) {
                        throw DeskException.invalid("issue.refer.unitRequired");
                    }
                    issues.refer(issue.id(), v, chosen.id(), note.getValue());
                },
                this::reloadedVersion,
                this::reload,
                unit,
                note));
    }

    ActionDialog openResolve() {
        IssueInfo issue = Objects.requireNonNull(shown);
        TextArea note = note("issueDetail.resolve.note", true);
        return open(new ActionDialog(
                getTranslation("issueDetail.resolve.title", String.valueOf(issue.id())),
                getTranslation("issueDetail.resolve"),
                issue.version(),
                v -> issues.resolve(issue.id(), v, note.getValue()),
                this::reloadedVersion,
                this::reload,
                note));
    }

    ActionDialog openReject() {
        IssueInfo issue = Objects.requireNonNull(shown);
        Select<Rejection> reason = new Select<>();
        reason.setLabel(getTranslation("issueDetail.reject.reason"));
        reason.setItems(Rejection.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        reason.setWidthFull();
        TextArea note = note("issueDetail.reject.note", false);
        return open(new ActionDialog(
                getTranslation("issueDetail.reject.title", String.valueOf(issue.id())),
                getTranslation("issueDetail.reject"),
                issue.version(),
                v -> issues.transition(issue.id(), v, IssueStatus.DITOLAK, null, reason.getValue(), note.getValue()),
                this::reloadedVersion,
                this::reload,
                reason,
                note));
    }

    ActionDialog openEscalate() {
        IssueInfo issue = Objects.requireNonNull(shown);
        TextArea reason = note("issueDetail.escalate.reason", true);
        Paragraph help = new Paragraph(getTranslation("issueDetail.escalate.help"));
        help.addClassName("issue-secondary");
        return open(new ActionDialog(
                getTranslation("issueDetail.escalate.title", String.valueOf(issue.id())),
                getTranslation("issueDetail.escalate"),
                issue.version(),
                v -> issues.escalate(issue.id(), v, reason.getValue()),
                this::reloadedVersion,
                this::reload,
                help,
                reason));
    }

    ActionDialog openForward() {
        IssueInfo issue = Objects.requireNonNull(shown);
        String province = forwards.mayForwardTo(issue).map(DeskInfo::regionName).orElse("");
        TextArea reason = note("issueDetail.forward.reason", true);
        reason.setMaxLength(IssueForwardService.MAX_REASON);
        Paragraph help = new Paragraph(getTranslation("issueDetail.forward.help", province));
        help.addClassName("issue-secondary");
        return open(new ActionDialog(
                getTranslation("issueDetail.forward.title", String.valueOf(issue.id()), province),
                getTranslation("issueDetail.forward"),
                issue.version(),
                v -> forwards.forward(issue.id(), v, reason.getValue()),
                this::reloadedVersion,
                this::reload,
                help,
                reason));
    }

    ActionDialog openEdit() {
        IssueInfo issue = Objects.requireNonNull(shown);
        IssueFields fields = new IssueFields(issues, places, elections.active(), CurrentActor.require(), clock);
        CategoryInfo current = names.categoryInfo(issue.categoryId());
        if (current == null) {
            current = new CategoryInfo(issue.categoryId(), "?", names.category(issue.categoryId()), 0, false, 0);
        }
        fields.show(issue, current);
        ActionDialog dialog = new ActionDialog(
                getTranslation("issueDetail.edit.title", String.valueOf(issue.id())),
                getTranslation("issueForm.save"),
                issue.version(),
                v -> {
                    try {
                        if (fields.category.getValue() == null) {
                            throw DeskException.invalid("issueForm.category.required");
                        }
                        issues.edit(issue.id(), v, fields.form());
                    } catch (DeskException refusal) {
                        fields.mark(refusal);
                        throw refusal;
                    }
                },
                this::reloadedVersion,
                this::reload,
                fields);
        dialog.setWidth("min(52em, 95vw)");
        return open(dialog);
    }

    ActionDialog openReportAction() {
        IssueInfo issue = Objects.requireNonNull(shown);
        TextArea text = note("issueDetail.reportAction.text", true);
        return open(new ActionDialog(
                getTranslation("issueDetail.reportAction.title", String.valueOf(issue.id())),
                getTranslation("issueDetail.reportAction.send"),
                issue.version(),
                v -> issues.reportAction(issue.id(), text.getValue()),
                this::reloadedVersion,
                this::reload,
                text));
    }

    private static ActionDialog open(ActionDialog dialog) {
        dialog.open();
        return dialog;
    }

    private TextArea note(String labelKey, boolean required) {
        TextArea note = new TextArea(getTranslation(labelKey));
        note.setMaxLength(IssueService.MAX_TEXT);
        note.setRequiredIndicatorVisible(required);
        note.setWidthFull();
        note.setMinHeight("6em");
        return note;
    }

    /**
     * Runs on the upload's own request, outside the UI lock: reads at most one byte more than
     * allowed (so "too large" is told, not a buffer filled), stores through the service as the
     * signed-in user, then shows the outcome on the screen.
     */
    private void receive(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
        }
        String problem = null;
        try {
            attachments.attach(id, event.getFileName(), content);
        } catch (DeskException refusal) {
            problem = event.getUI().getTranslation(refusal.messageKey(), refusal.args());
        }
        String refusedWith = problem;
        // If the screen was closed meanwhile, the file is stored (or refused) all the same.
        UiAccess.run(event.getUI(), () -> {
            upload.clearFileList();
            if (refusedWith != null) {
                refused(refusedWith);
            } else {
                Notification.show(
                                getTranslation("issueDetail.files.added", event.getFileName()),
                                3000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            reload();
        });
    }

    private static void refused(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void button(Button button, String labelKey, VaadinIcon icon, Runnable click) {
        button.setText(getTranslation(labelKey));
        button.setIcon(icon.create());
        button.addClickListener(e -> click.run());
    }

    private String time(Instant at) {
        return Wib.dateTime(at, getLocale());
    }

    private @Nullable String timeOrNull(@Nullable Instant at) {
        return at == null ? null : time(at);
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, bytes / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
