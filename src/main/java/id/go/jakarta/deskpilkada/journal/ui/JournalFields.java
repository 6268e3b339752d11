package id.go.jakarta.deskpilkada.journal.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalEntryInfo;
import id.go.jakarta.deskpilkada.journal.JournalForm;
import id.go.jakarta.deskpilkada.journal.JournalService;
import java.time.LocalDateTime;

/**
 * The fields of a journal entry: category, text, when it happened (empty: now) and an optional
 * issue number. One column on a phone, the text across the whole width on a wider screen.
 */
class JournalFields extends FormLayout {

    final Select<JournalCategory> category = new Select<>();
    final TextArea text = new TextArea();
    final DateTimePicker time = new DateTimePicker();
    final IntegerField issue = new IntegerField();

    JournalFields(long backdateHours) {
        addClassName("journal-fields");
        category.setLabel(getTranslation("journal.category"));
        category.setItems(JournalCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setRequiredIndicatorVisible(true);
        text.setLabel(getTranslation("journal.text"));
        text.setPlaceholder(getTranslation("journal.text.placeholder"));
        text.setMaxLength(JournalService.MAX_TEXT);
        text.setRequired(true);
        text.setWidthFull();
        text.setMinHeight("5em");
        time.setLabel(getTranslation("journal.time"));
        time.setHelperText(getTranslation("journal.time.helper", backdateHours));
        time.setStep(java.time.Duration.ofMinutes(1));
        issue.setLabel(getTranslation("journal.issue"));
        issue.setMin(1);
        issue.setPrefixComponent(new com.vaadin.flow.component.html.Span("#"));
        add(text, category, time, issue);
        setColspan(text, 3);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    JournalForm form() {
        LocalDateTime at = time.getValue();
        Integer number = issue.getValue();
        return new JournalForm(
                category.getValue(),
                text.getValue(),
                at == null ? null : at.atZone(Wib.ZONE).toInstant(),
                number == null ? null : number.longValue());
    }

    /** Starts a correction from what the entry says. */
    void fill(JournalEntryInfo entry) {
        category.setValue(entry.category());
        text.setValue(entry.text());
        time.setValue(LocalDateTime.ofInstant(entry.at(), Wib.ZONE));
        issue.setValue(entry.issueId() == null ? null : Math.toIntExact(entry.issueId()));
    }

    /** After an entry is written: ready for the next one, in the same category. */
    void clearForNext() {
        text.clear();
        time.clear();
        issue.clear();
        unmark();
    }

    /** Points at the field a refusal is about. */
    void mark(DeskException refusal) {
        unmark();
        String message = getTranslation(refusal.messageKey(), refusal.args());
        String key = refusal.messageKey();
        if (key.startsWith("journal.text")) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        } else if (key.startsWith("journal.time")) {
            time.setErrorMessage(message);
            time.setInvalid(true);
        } else if (key.startsWith("journal.issue")) {
            issue.setErrorMessage(message);
            issue.setInvalid(true);
        } else if (key.startsWith("journal.category")) {
            category.setErrorMessage(message);
            category.setInvalid(true);
        }
    }

    private void unmark() {
        text.setInvalid(false);
        time.setInvalid(false);
        issue.setInvalid(false);
        category.setInvalid(false);
    }
}
