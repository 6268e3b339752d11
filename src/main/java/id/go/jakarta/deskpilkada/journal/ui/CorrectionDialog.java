package id.go.jakarta.deskpilkada.journal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.go.jakarta.deskpilkada.journal.JournalEntryInfo;

/** A correction of one entry: its fields to start from; saved as a new entry, the old one stays. */
class CorrectionDialog extends Dialog {

    final JournalFields fields;
    final Button confirm = new Button();
    final Button cancel = new Button();

    CorrectionDialog(JournalEntryInfo original, long backdateHours) {
        setHeaderTitle(getTranslation("journal.correction.title", String.valueOf(original.id())));
        fields = new JournalFields(backdateHours);
        fields.fill(original);
        add(new Paragraph(getTranslation("journal.correction.help")), fields);
        confirm.setText(getTranslation("journal.correction.save"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("journal.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
        setWidth("min(48em, 100%)");
    }
}
