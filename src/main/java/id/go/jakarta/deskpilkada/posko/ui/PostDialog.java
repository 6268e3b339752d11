package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostForm;
import id.go.jakarta.deskpilkada.posko.PostSetupService;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One post added or described anew. The area is found by typing its name or Kemendagri code: the
 * province, its kabupaten/kota and, when typed for, their kecamatan (there are thousands).
 */
class PostDialog extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<PoskoLevel> level = new Select<>();
    final ComboBox<WilayahArea> area = new ComboBox<>();
    final TextField address = new TextField();
    final IntegerField order = new IntegerField();
    final Div error = new Div();
    final Button save = new Button();

    private final PostSetupService setup;
    private final @Nullable PoskoTile editing;
    private final Consumer<PoskoTile> saved;

    PostDialog(PostSetupService setup, WilayahService wilayah, @Nullable PoskoTile editing, Consumer<PoskoTile> saved) {
        this.setup = setup;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? getTranslation("postsSetup.add") : editing.name());
        setWidth("min(40em, 100vw)");
        code.setLabel(getTranslation("postsSetup.code"));
        code.setMaxLength(PostSetupService.MAX_CODE);
        code.setEnabled(editing == null);
        name.setLabel(getTranslation("postsSetup.name"));
        name.setMaxLength(PostSetupService.MAX_NAME);
        level.setLabel(getTranslation("postsSetup.level"));
        level.setItems(PoskoLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("postsSetup.level." + l.name()));
        level.setValue(PoskoLevel.WILAYAH);
        area.setLabel(getTranslation("postsSetup.area"));
        area.setPlaceholder(getTranslation("postsSetup.area.search"));
        area.setItemLabelGenerator(a -> a.name() + " (" + a.code() + ")");
        area.setItems(query -> areas(wilayah, query.getFilter().orElse(""))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        address.setLabel(getTranslation("postsSetup.address"));
        address.setMaxLength(PostSetupService.MAX_ADDRESS);
        order.setLabel(getTranslation("postsSetup.order"));
        order.setMin(0);
        order.setMax(9999);
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        if (editing != null) {
            code.setValue(editing.code());
            name.setValue(editing.name());
            level.setValue(editing.level());
            wilayah.find(editing.wilayahCode()).ifPresent(area::setValue);
            address.setValue(editing.address());
            order.setValue(editing.sortOrder());
        }
        FormLayout form = new FormLayout(code, name, level, area, address, order);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        form.setColspan(area, 2);
        form.setColspan(address, 2);
        add(error, form);
        save.setText(getTranslation("postsSetup.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** Provinces and kabupaten/kota by name or code; kecamatan of a kabupaten/kota once its code is typed. */
    private static Stream<WilayahArea> areas(WilayahService wilayah, String filter) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        Stream<WilayahArea> upper = wilayah.provinces().stream()
                .flatMap(p -> Stream.concat(Stream.of(p), wilayah.children(p.code()).stream()));
        Stream<WilayahArea> kecamatan =
                f.matches("\\d{2}\\.\\d{2}.*") ? wilayah.children(f.substring(0, 5)).stream() : Stream.empty();
        return Stream.concat(upper, kecamatan)
                .filter(a -> f.isEmpty()
                        || a.name().toLowerCase(Locale.ROOT).contains(f)
                        || a.code().startsWith(f));
    }

    private void save() {
        WilayahArea chosen = area.getValue();
        Integer sort = order.getValue();
        PostForm form = new PostForm(
                code.getValue(),
                name.getValue(),
                level.getValue() == null ? PoskoLevel.WILAYAH : level.getValue(),
                chosen == null ? "" : chosen.code(),
                address.getValue(),
                sort == null ? 0 : sort);
        try {
            PoskoTile post = editing == null ? setup.create(form) : setup.update(editing.id(), editing.version(), form);
            close();
            saved.accept(post);
        } catch (DeskException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
            error.setVisible(true);
        }
    }
}
