package id.go.jakarta.deskpilkada.journal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalEntryAdded;
import id.go.jakarta.deskpilkada.journal.JournalEntryInfo;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A post's journal, newest first, grouped by duty day and shift, with the quick entry form on top
 * for whoever may write in it. Leadership and the provincial post choose a post or read every
 * post's journal together (then grouped by day, each entry naming its post). Entries are never
 * edited: "Koreksi" writes a new entry pointing at the old one. Follows new entries by push.
 */
@Route("jurnal")
@Menu(order = 19.7, title = "nav.journal")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS"})
class JournalView extends VerticalLayout implements HasDynamicTitle {

    /** Entries shown at most; a day filter reaches older ones. */
    static final int LIMIT = 200;
    /** An entry written this much after its time says when it was written. */
    private static final Duration LATE = Duration.ofMinutes(5);

    final Select<PoskoTile> post = new Select<>();
    final DatePicker dayFilter = new DatePicker();
    final Select<JournalCategory> categoryFilter = new Select<>();
    final JournalFields fields;
    final Button write = new Button();
    final Div entryForm = new Div();
    final Div list = new Div();
    final Span limited = new Span();
    /** The "Koreksi" button of each shown entry that may be corrected, by entry id. */
    final Map<Long, Button> correctButtons = new HashMap<>();

    private final JournalService journal;
    private final Map<Long, PoskoTile> posts;
    private final long backdateHours;
    private List<JournalEntryInfo> shown = List.of();

    JournalView(JournalService journal, LiveEventBus bus) {
        this.journal = journal;
        Actor actor = CurrentActor.require();
        addClassName("journal-view");
        setWidthFull();
        setMaxWidth("72em");
        backdateHours = journal.backdateLimit().toHours();
        List<PoskoTile> readable = journal.readablePosts();
        posts = readable.stream().collect(Collectors.toMap(PoskoTile::id, Function.identity()));

        post.setLabel(getTranslation("journal.post"));
        post.setItems(readable);
        post.setItemLabelGenerator(p -> p == null ? getTranslation("journal.allPosts") : p.name());
        if (journal.readsAllPosts()) {
            post.setEmptySelectionAllowed(true);
            post.setEmptySelectionCaption(getTranslation("journal.allPosts"));
        }
        PoskoTile own = actor.poskoId() == null ? null : posts.get(actor.poskoId());
        post.setValue(
                own != null
                        ? own
                        : journal.readsAllPosts()
                                ? null
                                : readable.stream().findFirst().orElse(null));
        post.setVisible(readable.size() > 1);
        post.addValueChangeListener(e -> refresh());

        dayFilter.setLabel(getTranslation("journal.day"));
        dayFilter.setClearButtonVisible(true);
        dayFilter.addValueChangeListener(e -> refresh());
        categoryFilter.setLabel(getTranslation("journal.category"));
        categoryFilter.setItems(JournalCategory.values());
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setEmptySelectionCaption(getTranslation("journal.allCategories"));
        categoryFilter.setItemLabelGenerator(
                c -> c == null ? getTranslation("journal.allCategories") : getTranslation(c.labelKey()));
        categoryFilter.addValueChangeListener(e -> refresh());

        fields = new JournalFields(backdateHours);
        write.setText(getTranslation("journal.write"));
        write.setIcon(VaadinIcon.PLUS.create());
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClickListener(e -> write());
        entryForm.addClassName("journal-entry-form");
        entryForm.setWidthFull();
        entryForm.add(fields, write);

        FlexLayout filters = new FlexLayout(post, dayFilter, categoryFilter);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        list.addClassName("journal-list");
        list.setWidthFull();
        limited.addClassName("journal-limited");
        add(new H2(getTranslation("journal.title")), entryForm, filters, limited, list);

        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof JournalEntryAdded added && shows(added.poskoId()), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.title") + " · " + getTranslation("app.name");
    }

    /** The entries on screen, newest first. */
    List<JournalEntryInfo> shown() {
        return shown;
    }

    private boolean shows(long poskoId) {
        PoskoTile chosen = post.getValue();
        return chosen == null ? posts.containsKey(poskoId) : chosen.id() == poskoId;
    }

    void refresh() {
        PoskoTile chosen = post.getValue();
        entryForm.setVisible(chosen != null && journal.mayWrite(chosen.id()));
        shown = journal.entries(
                chosen == null ? null : chosen.id(), dayFilter.getValue(), categoryFilter.getValue(), LIMIT);
        limited.setText(getTranslation("journal.limited", LIMIT));
        limited.setVisible(shown.size() >= LIMIT);
        render(chosen == null);
    }

    // ---- actions ---------------------------------------------------------------------------------

    /** Writes the quick entry in the chosen post's journal. */
    void write() {
        PoskoTile chosen = post.getValue();
        if (chosen == null) {
            return;
        }
        AtomicReference<JournalEntryInfo> written = new AtomicReference<>();
        boolean done = Attempt.run(
                () -> {
                    try {
                        written.set(journal.write(chosen.id(), fields.form()));
                        return written.get();
                    } catch (DeskException refusal) {
                        fields.mark(refusal);
                        throw refusal;
                    }
                },
                this::refresh);
        if (done) {
            fields.clearForNext();
            Notification.show(
                            getTranslation(
                                    "journal.written",
                                    String.valueOf(written.get().id())),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    /** Opens the correction of an entry. */
    CorrectionDialog correct(JournalEntryInfo entry) {
        CorrectionDialog dialog = new CorrectionDialog(entry, backdateHours);
        dialog.confirm.addClickListener(e -> {
            boolean done = Attempt.run(
                    () -> {
                        try {
                            return journal.correct(entry.id(), dialog.fields.form());
                        } catch (DeskException refusal) {
                            dialog.fields.mark(refusal);
                            throw refusal;
                        }
                    },
                    this::refresh);
            if (done) {
                dialog.close();
            }
        });
        dialog.open();
        return dialog;
    }

    // ---- drawing ---------------------------------------------------------------------------------

    private void render(boolean acrossPosts) {
        list.removeAll();
        correctButtons.clear();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("journal.empty")));
            return;
        }
        Map<Long, Boolean> writable = new HashMap<>();
        String group = null;
        for (JournalEntryInfo entry : shown) {
            String heading = Wib.date(entry.day(), getLocale());
            if (!acrossPosts) {
                heading += " · " + (entry.shiftName() == null ? getTranslation("journal.noShift") : entry.shiftName());
            }
            if (!Objects.equals(heading, group)) {
                H3 title = new H3(heading);
                title.addClassName("journal-group");
                list.add(title);
                group = heading;
            }
            boolean mayCorrect = !entry.corrected() && writable.computeIfAbsent(entry.poskoId(), journal::mayWrite);
            list.add(card(entry, acrossPosts, mayCorrect));
        }
    }

    private Component card(JournalEntryInfo entry, boolean acrossPosts, boolean mayCorrect) {
        Div card = new Div();
        card.setId("journal-entry-" + entry.id());
        card.addClassName("journal-entry");
        card.getStyle()
                .set("border-left", "3px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");

        FlexLayout head = new FlexLayout();
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.getStyle().set("gap", "var(--lumo-space-s)");
        head.add(strong(Wib.time(entry.at())), new Span("#" + entry.id()));
        Span category = new Span(getTranslation(entry.category().labelKey()));
        category.getElement().getThemeList().add("badge");
        head.add(category);
        if (acrossPosts) {
            PoskoTile of = posts.get(entry.poskoId());
            Span where = new Span(of == null ? "#" + entry.poskoId() : of.name());
            where.getElement().getThemeList().add("badge contrast");
            head.add(where);
            head.add(new Span(entry.shiftName() == null ? getTranslation("journal.noShift") : entry.shiftName()));
        }
        if (entry.correctsId() != null) {
            Span corrects = new Span(getTranslation("journal.corrects", String.valueOf(entry.correctsId())));
            corrects.addClassName("journal-corrects");
            head.add(corrects);
        }
        if (entry.correctedBy() != null) {
            Span correctedBy = new Span(getTranslation("journal.correctedBy", String.valueOf(entry.correctedBy())));
            correctedBy.addClassName("journal-corrected-by");
            correctedBy.getElement().getThemeList().add("badge error");
            head.add(correctedBy);
            card.addClassName("journal-entry-corrected");
            card.getStyle().set("opacity", "0.7");
        }

        Paragraph text = new Paragraph(entry.text());
        text.addClassName("journal-text");
        text.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0");

        FlexLayout meta = new FlexLayout();
        meta.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        meta.setAlignItems(FlexComponent.Alignment.BASELINE);
        meta.getStyle()
                .set("gap", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        meta.add(new Span(getTranslation("journal.by", entry.author())));
        if (Duration.between(entry.at(), entry.recordedAt()).compareTo(LATE) > 0) {
            meta.add(new Span(getTranslation("journal.recordedLate", Wib.dateTime(entry.recordedAt(), getLocale()))));
        }
        if (entry.issueId() != null) {
            meta.add(new Anchor(
                    "permasalahan/" + entry.issueId(),
                    getTranslation("journal.issueLink", String.valueOf(entry.issueId()))));
        }
        if (mayCorrect) {
            Button correct = new Button(getTranslation("journal.correct"), e -> correct(entry));
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            correctButtons.put(entry.id(), correct);
            meta.add(correct);
        }
        card.add(head, text, meta);
        return card;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600");
        return span;
    }
}
