package id.go.jakarta.deskpilkada.media.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.MediaStatementChanged;
import id.go.jakarta.deskpilkada.media.MediaStatus;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import id.go.jakarta.deskpilkada.media.StatementVersionInfo;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One statement: its title, text and related issues for whoever may still edit it, the workflow
 * actions the person may take now (submit; for Bakesbangpol approve, return with a note, publish)
 * and every kept version. Everything is done against the version shown; when someone else saves in
 * between, the editor says who and when, keeps what was typed and offers to load theirs.
 */
@Route("siaran-pers/naskah/:id?")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS", "BAKESBANGPOL"})
class StatementEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Span status = new Span();
    final Span returnNote = new Span();
    final Span stale = new Span();
    final Button reload = new Button();
    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final TextField related = new TextField();
    final Button save = new Button();
    final Button submit = new Button();
    final Button approve = new Button();
    final Button publish = new Button();
    final TextArea reviewNote = new TextArea();
    final Button sendBack = new Button();
    final Grid<StatementVersionInfo> history = new Grid<>();
    final Paragraph notFound = new Paragraph();

    private final MediaService media;
    /** What the fields were loaded from: every change is made against its version. */
    private @Nullable StatementInfo shown;

    private volatile long id;

    StatementEditorView(MediaService media, LiveEventBus bus) {
        this.media = media;
        addClassName("media-editor");
        status.addClassName("media-status");
        returnNote.addClassName("media-return-note");
        stale.addClassName("media-stale");
        reload.setText(getTranslation("media.editor.reload"));
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reload.addClickListener(e -> load());
        stale.setVisible(false);
        title.setLabel(getTranslation("media.editor.title"));
        title.setMaxLength(MediaService.MAX_TITLE);
        title.setWidthFull();
        text.setLabel(getTranslation("media.editor.text"));
        text.setMaxLength(MediaService.MAX_TEXT);
        text.setWidthFull();
        text.setMinHeight("12em");
        related.setLabel(getTranslation("media.editor.related"));
        related.setHelperText(getTranslation("media.editor.relatedHint"));
        related.setWidth("min(100%, 24em)");
        save.setText(getTranslation("media.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        submit.setText(getTranslation("media.editor.submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.addClickListener(
                e -> act(() -> media.submit(current().id(), current().version())));
        approve.setText(getTranslation("media.editor.approve"));
        approve.setIcon(VaadinIcon.CHECK.create());
        approve.addClickListener(
                e -> act(() -> media.approve(current().id(), current().version())));
        publish.setText(getTranslation("media.editor.publish"));
        publish.setIcon(VaadinIcon.MEGAPHONE.create());
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(
                e -> act(() -> media.publish(current().id(), current().version())));
        reviewNote.setLabel(getTranslation("media.editor.returnNote"));
        reviewNote.setMaxLength(MediaService.MAX_NOTE);
        reviewNote.setWidth("min(100%, 40em)");
        sendBack.setText(getTranslation("media.editor.return"));
        sendBack.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        sendBack.addClickListener(e -> {
            if (act(() -> media.sendBack(current().id(), current().version(), reviewNote.getValue()))) {
                reviewNote.clear();
            }
        });
        history.addColumn(StatementVersionInfo::number)
                .setHeader(getTranslation("media.history.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(v -> Wib.dateTime(v.savedAt(), getLocale()))
                .setHeader(getTranslation("media.history.at"))
                .setAutoWidth(true);
        history.addColumn(StatementVersionInfo::savedBy)
                .setHeader(getTranslation("media.history.by"))
                .setAutoWidth(true);
        history.addColumn(StatementVersionInfo::title)
                .setHeader(getTranslation("media.history.title"))
                .setFlexGrow(2);
        history.setItemDetailsRenderer(
                new com.vaadin.flow.data.renderer.ComponentRenderer<>(v -> new Paragraph(v.text())));
        history.setAllRowsVisible(true);
        notFound.setText(getTranslation("media.editor.notFound"));
        notFound.setVisible(false);

        Div actions = new Div(save, submit, approve, publish);
        actions.addClassName("media-actions");
        Div review = new Div(reviewNote, sendBack);
        review.addClassName("media-review");
        Div state = new Div(status, reload);
        state.addClassName("media-state");
        add(
                heading,
                notFound,
                state,
                returnNote,
                stale,
                title,
                text,
                related,
                actions,
                review,
                new H3(getTranslation("media.history.heading")),
                history);
        LiveRefresh.bind(
                this,
                bus,
                e -> e instanceof MediaStatementChanged changed && changed.statementId() == id,
                this::noticeChange);
    }

    /** The editor's address; no id opens a new draft. */
    static String path(@Nullable Long id) {
        return id == null ? "siaran-pers/naskah" : "siaran-pers/naskah/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = event.getRouteParameters().get("id").map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            id = -1;
        }
        load();
    }

    @Override
    public String getPageTitle() {
        StatementInfo statement = shown;
        return (statement == null ? getTranslation("media.editor.new") : "#" + statement.id() + " " + statement.title())
                + " · " + getTranslation("app.name");
    }

    /** Loads the statement as it is now into the fields (what was typed is replaced). */
    void load() {
        StatementInfo now = null;
        boolean missing = false;
        if (id != 0) {
            try {
                now = media.statement(id);
            } catch (DeskException hidden) {
                missing = true;
            }
        }
        shown = now;
        notFound.setVisible(missing);
        title.setValue(now == null ? "" : now.title());
        text.setValue(now == null ? "" : now.text());
        related.setValue(
                now == null
                        ? ""
                        : now.relatedIssueIds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        stale.setVisible(false);
        render(missing);
    }

    private void render(boolean missing) {
        StatementInfo statement = shown;
        heading.setText(
                statement == null
                        ? getTranslation("media.editor.new")
                        : "#" + statement.id() + " " + statement.title());
        boolean editable = !missing && (statement == null ? media.mayDraft() : media.mayEdit(statement));
        title.setReadOnly(!editable);
        text.setReadOnly(!editable);
        related.setReadOnly(!editable);
        title.setVisible(!missing);
        text.setVisible(!missing);
        related.setVisible(!missing);
        save.setVisible(editable);
        status.setText(statement == null ? "" : statusLine(statement));
        status.setVisible(statement != null);
        reload.setVisible(statement != null);
        returnNote.setText(
                statement == null || statement.returnNote() == null
                        ? ""
                        : getTranslation("media.editor.returned", statement.returnNote()));
        returnNote.setVisible(statement != null && statement.status() == MediaStatus.RETURNED);
        boolean review = statement != null && media.mayReview();
        MediaStatus now = statement == null ? null : statement.status();
        submit.setVisible(statement != null && media.maySubmit(statement));
        approve.setVisible(review && now == MediaStatus.SUBMITTED);
        publish.setVisible(review && (now == MediaStatus.SUBMITTED || now == MediaStatus.APPROVED));
        reviewNote.setVisible(review && (now == MediaStatus.SUBMITTED || now == MediaStatus.APPROVED));
        sendBack.setVisible(reviewNote.isVisible());
        List<StatementVersionInfo> versions = statement == null ? List.of() : media.versions(statement.id());
        history.setItems(versions);
        history.setVisible(statement != null);
    }

    private String statusLine(StatementInfo statement) {
        String line = getTranslation(statement.status().labelKey()) + " · "
                + getTranslation("media.editor.byAuthor", statement.author()) + " · "
                + getTranslation(
                        "media.editor.changed",
                        statement.updatedBy(),
                        Wib.dateTime(statement.updatedAt(), getLocale()));
        if (statement.supersedesId() != null) {
            line += " · " + getTranslation("media.register.corrects", String.valueOf(statement.supersedesId()));
        }
        if (statement.published() && statement.publishedAt() != null) {
            line += " · "
                    + getTranslation("media.editor.publishedAt", Wib.dateTime(statement.publishedAt(), getLocale()));
        }
        return line;
    }

    /** Someone changed this statement: say so and keep what is typed here; the history is current. */
    private void noticeChange() {
        StatementInfo seen = shown;
        if (seen == null) {
            return;
        }
        StatementInfo now;
        try {
            now = media.statement(seen.id());
        } catch (DeskException hidden) {
            return;
        }
        if (now.version() != seen.version()) {
            stale.setText(getTranslation("media.stale", now.updatedBy(), Wib.time(now.updatedAt())));
            stale.setVisible(true);
        }
        history.setItems(media.versions(seen.id()));
    }

    private void save() {
        StatementInfo seen = shown;
        StatementForm form;
        try {
            form = new StatementForm(title.getValue(), text.getValue(), relatedIds());
        } catch (NumberFormatException e) {
            related.setInvalid(true);
            related.setErrorMessage(getTranslation("media.editor.relatedInvalid"));
            return;
        }
        related.setInvalid(false);
        StatementInfo[] saved = new StatementInfo[1];
        boolean ok = Attempt.run(
                () -> saved[0] = seen == null ? media.create(form) : media.save(seen.id(), seen.version(), form),
                () -> {});
        if (!ok) {
            // Refused (someone was faster, or a field is wrong): what was typed stays in the fields.
            return;
        }
        if (seen == null) {
            getUI().ifPresent(ui -> ui.navigate(path(saved[0].id())));
        } else {
            load();
        }
    }

    private boolean act(Supplier<StatementInfo> change) {
        if (unsaved()) {
            // Submitting or publishing goes by the saved text: never the old one while new text is typed.
            Notification.show(getTranslation("media.editor.unsaved"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        return Attempt.run(change, this::load);
    }

    private boolean unsaved() {
        StatementInfo statement = shown;
        return statement != null
                && !title.isReadOnly()
                && (!title.getValue().strip().equals(statement.title())
                        || !text.getValue().strip().equals(statement.text()));
    }

    private StatementInfo current() {
        StatementInfo statement = shown;
        if (statement == null) {
            throw DeskException.notFound("media.notFound", String.valueOf(id));
        }
        return statement;
    }

    private List<Long> relatedIds() {
        List<Long> ids = new ArrayList<>();
        for (String part : related.getValue().split("[,;\\s]+")) {
            String token = part.strip();
            if (token.startsWith("#")) {
                token = token.substring(1);
            }
            if (!token.isEmpty()) {
                ids.add(Long.parseLong(token));
            }
        }
        return ids;
    }
}
