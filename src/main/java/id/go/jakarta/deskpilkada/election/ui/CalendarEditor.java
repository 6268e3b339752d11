package id.go.jakarta.deskpilkada.election.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.TableUpload;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.ElectionService.CalendarProblem;
import id.go.jakarta.deskpilkada.election.StageDraft;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An election's stage calendar as editable rows: rename, re-date, mark voting days, move up and
 * down, add and take out stages, then save all at once against the version shown. Someone else's
 * save while one edits is announced and never loses the edits: saving is refused until they reload.
 */
class CalendarEditor extends VerticalLayout {

    final H3 title = new H3();
    final Paragraph help = new Paragraph();
    final Div stale = new Div();
    final UnorderedList problems = new UnorderedList();
    final VerticalLayout rows = new VerticalLayout();
    final Button addStage = new Button();
    final Button save = new Button();
    final Button revert = new Button();
    final Button history = new Button();
    final List<StageRow> stageRows = new ArrayList<>();
    final Button exportCsv = new Button();
    final Button exportXlsx = new Button();
    final FileOffer exported = new FileOffer(exportCsv, exportXlsx);
    final TableUpload upload;

    private final ElectionService service;
    /** Read by the import's thread too, to know which calendar the file replaces. */
    private volatile @Nullable ElectionInfo election;

    private boolean dirty;

    CalendarEditor(ElectionService service) {
        this.service = service;
        setPadding(false);
        help.setText(getTranslation("calendar.help"));
        stale.addClassName("dialog-error");
        stale.getElement().setAttribute("role", "status");
        stale.setVisible(false);
        problems.addClassName("dialog-error");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        addStage.setText(getTranslation("calendar.add"));
        addStage.setIcon(VaadinIcon.PLUS.create());
        addStage.addClickListener(e -> {
            StageRow row = new StageRow(null);
            stageRows.add(row);
            changed();
            row.name.focus();
        });
        save.setText(getTranslation("calendar.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        revert.setText(getTranslation("calendar.revert"));
        revert.addClickListener(e -> {
            dirty = false;
            ElectionInfo shown = election;
            if (shown != null) {
                load(service.election(shown.id()));
            }
        });
        history.setText(getTranslation("calendar.history"));
        history.setIcon(VaadinIcon.TIME_BACKWARD.create());
        history.addClickListener(e -> {
            ElectionInfo shown = election;
            if (shown != null) {
                new CalendarHistoryDialog(shown, service.calendarHistory(shown.id())).open();
            }
        });
        HorizontalLayout actions = new HorizontalLayout(addStage, save, revert, history);
        actions.setWrap(true);
        exportCsv.setText(getTranslation("calendar.export.csv"));
        exportCsv.setIcon(VaadinIcon.DOWNLOAD.create());
        exportCsv.addClickListener(e -> export(TableFormat.CSV));
        exportXlsx.setText(getTranslation("calendar.export.xlsx"));
        exportXlsx.setIcon(VaadinIcon.DOWNLOAD.create());
        exportXlsx.addClickListener(e -> export(TableFormat.XLSX));
        upload = new TableUpload(this::importFile, "calendar.import.done", "calendar.import.failed", this::imported);
        HorizontalLayout files = new HorizontalLayout(exportCsv, exportXlsx, exported);
        files.setWrap(true);
        Paragraph importHelp = new Paragraph(getTranslation("calendar.import.help"));
        importHelp.addClassName("help-text");
        add(title, help, stale, problems, rows, actions, files, upload, importHelp);
    }

    private ImportResult importFile(InputStream content) {
        ElectionInfo shown = election;
        if (shown == null) {
            throw DeskException.invalid("calendar.import.noElection");
        }
        return service.importCalendar(shown.id(), shown.calendarVersion(), content);
    }

    private void imported() {
        ElectionInfo shown = election;
        if (shown != null) {
            load(service.election(shown.id()));
        }
    }

    private void export(TableFormat format) {
        ElectionInfo shown = election;
        if (shown == null) {
            return;
        }
        String name = format.fileName("kalender-" + shown.code().toLowerCase(java.util.Locale.ROOT));
        exported.prepare(
                running -> new FileOffer.File(name, format.contentType(), service.exportCalendar(shown.id(), format)));
    }

    /** Shows that election's calendar; edits in progress stay, with a note if the calendar changed meanwhile. */
    void show(ElectionInfo shown) {
        ElectionInfo before = election;
        if (dirty && before != null && before.id() == shown.id()) {
            if (before.calendarVersion() != shown.calendarVersion()) {
                stale.setText(getTranslation("calendar.stale", shown.calendarVersion()));
                stale.setVisible(true);
            }
            return;
        }
        load(shown);
    }

    private void load(ElectionInfo shown) {
        election = shown;
        dirty = false;
        stale.setVisible(false);
        problems.setVisible(false);
        stageRows.clear();
        shown.stages().forEach(s -> {
            StageRow row = new StageRow(s.seq());
            row.name.setValue(s.name());
            row.starts.setValue(s.startsOn());
            row.ends.setValue(s.endsOn());
            row.voting.setValue(s.votingDay());
            stageRows.add(row);
        });
        title.setText(getTranslation("calendar.title", shown.calendarVersion()));
        redraw();
    }

    private void changed() {
        dirty = true;
        redraw();
    }

    private void redraw() {
        rows.removeAll();
        for (int i = 0; i < stageRows.size(); i++) {
            StageRow row = stageRows.get(i);
            row.number.setText((i + 1) + ".");
            row.up.setEnabled(i > 0);
            row.down.setEnabled(i < stageRows.size() - 1);
            rows.add(row);
        }
    }

    List<StageDraft> drafts() {
        return stageRows.stream()
                .map(r -> new StageDraft(
                        r.seq, r.name.getValue(), r.starts.getValue(), r.ends.getValue(), r.voting.getValue()))
                .toList();
    }

    void save() {
        ElectionInfo shown = election;
        if (shown == null) {
            return;
        }
        List<StageDraft> drafts = drafts();
        List<CalendarProblem> found = service.checkCalendar(shown, drafts);
        stageRows.forEach(StageRow::valid);
        problems.removeAll();
        if (!found.isEmpty()) {
            for (CalendarProblem p : found) {
                problems.add(new ListItem(getTranslation(p.messageKey(), p.argArray())));
                if (p.row() > 0 && p.row() <= stageRows.size()) {
                    stageRows.get(p.row() - 1).invalid();
                }
            }
            problems.setVisible(true);
            return;
        }
        problems.setVisible(false);
        try {
            ElectionInfo saved = service.saveCalendar(shown.id(), shown.calendarVersion(), drafts);
            load(saved);
            Notification.show(getTranslation("calendar.saved", saved.calendarVersion()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            problems.add(new ListItem(getTranslation(e.messageKey(), e.args())));
            problems.setVisible(true);
        }
    }

    /** One stage being edited; wraps onto several lines on a phone. */
    final class StageRow extends HorizontalLayout {

        final @Nullable Integer seq;
        final Span number = new Span();
        final TextField name = new TextField();
        final DatePicker starts = new DatePicker();
        final DatePicker ends = new DatePicker();
        final Checkbox voting = new Checkbox();
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button remove = new Button(VaadinIcon.TRASH.create());

        StageRow(@Nullable Integer seq) {
            this.seq = seq;
            setWrap(true);
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            name.setAriaLabel(getTranslation("calendar.stage.name"));
            name.setPlaceholder(getTranslation("calendar.stage.name"));
            name.setMaxLength(200);
            name.setMinWidth("14em");
            setFlexGrow(1, name);
            starts.setAriaLabel(getTranslation("calendar.stage.starts"));
            starts.setPlaceholder(getTranslation("calendar.stage.starts"));
            starts.setWidth("10em");
            ends.setAriaLabel(getTranslation("calendar.stage.ends"));
            ends.setPlaceholder(getTranslation("calendar.stage.ends"));
            ends.setWidth("10em");
            voting.setLabel(getTranslation("calendar.stage.voting"));
            up.setAriaLabel(getTranslation("calendar.stage.up"));
            down.setAriaLabel(getTranslation("calendar.stage.down"));
            remove.setAriaLabel(getTranslation("calendar.stage.remove"));
            remove.setTooltipText(getTranslation(seq == null ? "calendar.stage.remove" : "calendar.stage.retire"));
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            }
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            name.addValueChangeListener(e -> dirty |= e.isFromClient());
            starts.addValueChangeListener(e -> {
                dirty |= e.isFromClient();
                if (e.isFromClient() && ends.getValue() == null) {
                    ends.setValue(e.getValue());
                }
            });
            ends.addValueChangeListener(e -> dirty |= e.isFromClient());
            voting.addValueChangeListener(e -> dirty |= e.isFromClient());
            up.addClickListener(e -> move(-1));
            down.addClickListener(e -> move(1));
            remove.addClickListener(e -> {
                stageRows.remove(this);
                changed();
            });
            add(number, name, starts, ends, voting, up, down, remove);
        }

        private void move(int by) {
            int at = stageRows.indexOf(this);
            int to = at + by;
            if (at < 0 || to < 0 || to >= stageRows.size()) {
                return;
            }
            stageRows.remove(at);
            stageRows.add(to, this);
            changed();
        }

        void invalid() {
            name.setInvalid(true);
            starts.setInvalid(true);
            ends.setInvalid(true);
        }

        void valid() {
            name.setInvalid(false);
            starts.setInvalid(false);
            ends.setInvalid(false);
        }
    }
}
