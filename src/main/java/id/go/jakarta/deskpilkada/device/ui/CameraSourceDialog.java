package id.go.jakarta.deskpilkada.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.device.CameraSourceForm;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import java.util.Objects;

/** Changing an allowed camera source, against the version the list showed. */
class CameraSourceDialog extends Dialog {

    final Select<CameraSourceKind> kind = new Select<>();
    final TextField address = new TextField();
    final TextField note = new TextField();
    final Div error = new Div();
    final Button save = new Button();

    CameraSourceDialog(CameraSourceService sources, CameraSourceInfo seen, Runnable saved) {
        setHeaderTitle(getTranslation("cameraSources.edit.title"));
        setWidth("min(40em, 95vw)");
        kind.setLabel(getTranslation("cameraSources.kind"));
        kind.setItems(CameraSourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(seen.kind());
        kind.addValueChangeListener(e -> CameraSourcesView.explain(address, e.getValue()));
        address.setLabel(getTranslation("cameraSources.address"));
        address.setMaxLength(CameraSourceService.MAX_ADDRESS);
        address.setValue(seen.address());
        CameraSourcesView.explain(address, seen.kind());
        note.setLabel(getTranslation("cameraSources.note"));
        note.setMaxLength(CameraSourceService.MAX_NOTE);
        note.setValue(seen.note() == null ? "" : seen.note());
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.setText(getTranslation("alertDialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            CameraSourceForm form = new CameraSourceForm(
                    Objects.requireNonNullElse(kind.getValue(), seen.kind()), address.getValue(), note.getValue());
            try {
                sources.update(seen.id(), seen.version(), form);
                saved.run();
                close();
            } catch (DeskException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.args()));
                error.setVisible(true);
            }
        });
        add(new FormLayout(kind, address, note), error);
        getFooter().add(new Button(getTranslation("alertDialog.cancel"), e -> close()), save);
    }
}
