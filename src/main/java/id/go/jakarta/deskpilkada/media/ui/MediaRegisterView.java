package id.go.jakarta.deskpilkada.media.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.MediaStatementChanged;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import id.go.jakarta.deskpilkada.media.WallStatement;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The public register of published statements, newest first: what the press has heard from the one
 * door, when (WIB) and through whom, with superseded statements marked and linked to their
 * correction. A statement published anywhere appears by push.
 */
@Route("siaran-pers")
@Menu(order = 25, title = "nav.media")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS", "FORKOPIMDA", "BAKESBANGPOL", "ADMIN"})
class MediaRegisterView extends VerticalLayout implements HasDynamicTitle {

    final Span summary = new Span();
    final Div list = new Div();

    private final MediaService media;

    MediaRegisterView(MediaService media, LiveEventBus bus) {
        this.media = media;
        addClassName("media-register");
        list.addClassName("media-list");
        add(new H2(getTranslation("media.register.title")), summary, list);
        refresh();
        LiveRefresh.bind(
                this, bus, e -> e instanceof MediaStatementChanged changed && changed.published(), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("media.register.title") + " · " + getTranslation("app.name");
    }

    void refresh() {
        list.removeAll();
        List<StatementInfo> published = media.published();
        summary.setText(getTranslation("media.register.summary", published.size()));
        if (published.isEmpty()) {
            list.add(new Paragraph(getTranslation("media.register.none")));
        }
        published.forEach(s -> list.add(card(s)));
    }

    private Div card(StatementInfo statement) {
        H3 title = new H3("#" + statement.id() + " " + statement.title());
        title.addClassName("media-title");
        Span meta = new Span(getTranslation(
                "media.register.meta",
                statement.publishedAt() == null ? "" : Wib.dateTime(statement.publishedAt(), getLocale()),
                WallStatement.PUBLISHER,
                statement.publishedBy() == null ? "" : statement.publishedBy()));
        meta.addClassName("media-meta");
        Div card = new Div(title, meta);
        card.addClassName("media-card");
        card.setId("media-statement-" + statement.id());
        if (statement.supersedesId() != null) {
            Span corrects =
                    new Span(getTranslation("media.register.corrects", String.valueOf(statement.supersedesId())));
            corrects.addClassName("media-corrects");
            card.add(corrects);
        }
        if (statement.superseded()) {
            Span superseded =
                    new Span(getTranslation("media.register.superseded", String.valueOf(statement.supersededById())));
            superseded.addClassName("media-superseded");
            card.addClassName("media-card-superseded");
            card.add(superseded);
        }
        Paragraph text = new Paragraph(statement.text());
        text.addClassName("media-text");
        card.add(text);
        if (media.mayCorrect(statement)) {
            Button correct =
                    new Button(getTranslation("media.correct"), VaadinIcon.EDIT.create(), e -> correct(statement));
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(correct);
        }
        return card;
    }

    /** Starts a correction as a new draft holding the published text, and opens it. */
    private void correct(StatementInfo statement) {
        StatementInfo[] draft = new StatementInfo[1];
        if (Attempt.run(
                () -> draft[0] = media.correct(
                        statement.id(),
                        new StatementForm(statement.title(), statement.text(), statement.relatedIssueIds())),
                () -> {})) {
            getUI().ifPresent(ui -> ui.navigate(StatementEditorView.path(draft[0].id())));
        }
    }
}
