package id.go.jakarta.deskpilkada.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import org.jspecify.annotations.Nullable;

/** Registering or editing a device; addresses are checked by the service (http/https only). */
class DeviceDialog extends Dialog {

    final Select<DeviceKind> kind = new Select<>();
    final TextField name = new TextField();
    final TextField snapshotUrl = new TextField();
    final TextField streamUrl = new TextField();
    final Div error = new Div();
    final Button save = new Button();

    DeviceDialog(DeviceService devices, long poskoId, @Nullable DeviceInfo existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "devices.add" : "devices.edit"));
        setWidth("min(40em, 95vw)");
        kind.setLabel(getTranslation("devices.kind"));
        kind.setItems(DeviceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(existing == null ? DeviceKind.CCTV : existing.kind());
        kind.setReadOnly(existing != null);
        name.setLabel(getTranslation("devices.name"));
        snapshotUrl.setLabel(getTranslation("devices.snapshotUrl"));
        snapshotUrl.setHelperText(getTranslation("devices.url.help"));
        streamUrl.setLabel(getTranslation("devices.streamUrl"));
        if (existing != null) {
            name.setValue(existing.name());
            snapshotUrl.setValue(existing.snapshotUrl() == null ? "" : existing.snapshotUrl());
            streamUrl.setValue(existing.streamUrl() == null ? "" : existing.streamUrl());
        }
        kind.addValueChangeListener(e -> snapshotUrl.setVisible(e.getValue() == DeviceKind.CCTV));
        snapshotUrl.setVisible(kind.getValue() == DeviceKind.CCTV);
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.setText(getTranslation("alertDialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            DeviceForm form = new DeviceForm(
                    poskoId,
                    kind.getValue(),
                    name.getValue(),
                    snapshotUrl.isVisible() ? snapshotUrl.getValue() : null,
                    streamUrl.getValue());
            try {
                if (existing == null) {
                    devices.register(form);
                } else {
                    devices.edit(existing.id(), form, existing.version());
                }
                saved.run();
                close();
            } catch (DeskException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.args()));
                error.setVisible(true);
            }
        });
        add(new FormLayout(kind, name, snapshotUrl, streamUrl), error);
        getFooter().add(new Button(getTranslation("alertDialog.cancel"), e -> close()), save);
    }
}
