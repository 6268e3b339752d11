package id.go.jakarta.deskpilkada.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.duty.ShiftForm;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Adds or changes one shift of a post: its name, start and end in WIB (an end before the start
 * means the shift runs past midnight) and how many officers of each role it needs. The service
 * checks everything; its refusal is shown in the dialog and nothing is lost.
 */
class ShiftDialog extends Dialog {

    final TextField name = new TextField();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final Map<PostRole, IntegerField> headcount = new EnumMap<>(PostRole.class);
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    ShiftDialog(ShiftService shifts, long poskoId, @Nullable ShiftInfo shift, Runnable saved) {
        setHeaderTitle(getTranslation(shift == null ? "duty.shift.add" : "duty.shift.edit"));
        name.setLabel(getTranslation("duty.shift.name"));
        name.setMaxLength(60);
        name.setRequired(true);
        start.setLabel(getTranslation("duty.shift.start"));
        end.setLabel(getTranslation("duty.shift.end"));
        end.setHelperText(getTranslation("duty.shift.endHelp"));
        for (TimePicker t : new TimePicker[] {start, end}) {
            t.setStep(Duration.ofMinutes(30));
            t.setRequired(true);
        }
        FormLayout form = new FormLayout(name, start, end);
        for (PostRole role : PostRole.values()) {
            IntegerField count = new IntegerField(getTranslation(role.labelKey()));
            count.setMin(0);
            count.setMax(50);
            count.setStepButtonsVisible(true);
            count.setValue(shift == null ? 0 : shift.requiredOf(role));
            headcount.put(role, count);
            form.add(count);
        }
        if (shift != null) {
            name.setValue(shift.name());
            start.setValue(shift.start());
            end.setValue(shift.end());
        }
        error.addClassName("coverage-gap");
        save.setText(getTranslation("duty.shift.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (start.getValue() == null || end.getValue() == null) {
                error.setText(getTranslation("shift.hours.invalid"));
                return;
            }
            Map<PostRole, Integer> need = new EnumMap<>(PostRole.class);
            headcount.forEach((role, field) -> need.put(role, field.getValue() == null ? 0 : field.getValue()));
            ShiftForm f = new ShiftForm(name.getValue(), start.getValue(), end.getValue(), need);
            try {
                if (shift == null) {
                    shifts.create(poskoId, f);
                } else {
                    shifts.update(shift.id(), shift.version(), f);
                }
                close();
                saved.run();
            } catch (DeskException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add(form, error);
        getFooter().add(new Button(getTranslation("duty.cancel"), e -> close()), save);
    }
}
