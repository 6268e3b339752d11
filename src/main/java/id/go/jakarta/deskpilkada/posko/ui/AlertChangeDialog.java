package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;

/**
 * Changing a post's alert level. The dialog remembers the version it showed; if somebody else
 * changed the post meanwhile, the service refuses and the user can reload and decide again.
 */
class AlertChangeDialog extends Dialog {

    final RadioButtonGroup<AlertLevel> level = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Div error = new Div();
    final Button save = new Button();
    final Button reload = new Button();
    final Button cancel = new Button();

    private final PoskoService posko;
    private PoskoTile seen;

    AlertChangeDialog(PoskoService posko, PoskoTile tile) {
        this.posko = posko;
        this.seen = tile;
        addClassName("alert-change-dialog");
        setHeaderTitle(getTranslation("alertDialog.title", tile.name()));

        level.setLabel(getTranslation("alertDialog.level"));
        level.setItems(AlertLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        level.setValue(tile.alertLevel());
        reason.setLabel(getTranslation("alertDialog.reason"));
        reason.setMaxLength(PoskoService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> reason.setHelperText(e.getValue().length() + "/" + PoskoService.MAX_REASON));
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        save.setText(getTranslation("alertDialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        reload.setText(getTranslation("alertDialog.reload"));
        reload.setVisible(false);
        reload.addClickListener(e -> reloadSeen());
        cancel.setText(getTranslation("alertDialog.cancel"));
        cancel.addClickListener(e -> close());

        add(level, reason, error);
        getFooter().add(cancel, reload, save);
    }

    private void save() {
        AlertLevel chosen = level.getValue();
        if (chosen == null) {
            showError(getTranslation("alertDialog.level.required"), false);
            return;
        }
        try {
            posko.changeAlertLevel(seen.id(), chosen, reason.getValue(), seen.version());
            close();
            Notification.show(
                            getTranslation("alertDialog.saved", seen.name(), getTranslation(chosen.labelKey())),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            showError(getTranslation(e.messageKey(), e.args()), e.kind() == DeskException.Kind.CONFLICT);
        }
    }

    private void reloadSeen() {
        posko.tile(seen.id()).ifPresent(current -> {
            seen = current;
            level.setValue(current.alertLevel());
        });
        error.setVisible(false);
        reload.setVisible(false);
        save.setEnabled(true);
    }

    private void showError(String message, boolean conflict) {
        error.setText(message);
        error.setVisible(true);
        reload.setVisible(conflict);
        save.setEnabled(!conflict);
    }
}
