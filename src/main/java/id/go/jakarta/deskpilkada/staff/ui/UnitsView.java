package id.go.jakarta.deskpilkada.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.base.ui.TableUpload;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitForm;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import id.go.jakarta.deskpilkada.staff.UnitService;
import id.go.jakarta.deskpilkada.staff.UnitsChanged;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The units (instansi) on the setup console: the ADMIN adds, renames, orders, retires and brings back
 * units, and imports or exports them as a file. Each row is edited against the version it showed;
 * a row being edited keeps its edits when someone else changes the list, and says so when that
 * someone changed the same unit (saving is then refused, never silently lost). Rows wrap on a phone.
 */
@Route("admin/instansi")
@Menu(order = 89.3, title = "nav.units")
@RolesAllowed("ADMIN")
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final Select<UnitKind> kind = new Select<>();
    final Button add = new Button();
    final H3 listTitle = new H3();
    final VerticalLayout list = new VerticalLayout();
    final List<UnitRow> rows = new ArrayList<>();
    final Button exportCsv = new Button();
    final Button exportXlsx = new Button();
    final FileOffer exported = new FileOffer(exportCsv, exportXlsx);
    final TableUpload upload;

    private final UnitService service;
    private final StaffService staff;

    UnitsView(UnitService service, StaffService staff, LiveEventBus bus) {
        this.service = service;
        this.staff = staff;
        addClassName("units-view");
        setMaxWidth("1100px");

        code.setLabel(getTranslation("units.code"));
        code.setHelperText(getTranslation("units.code.help"));
        code.setMaxLength(UnitService.MAX_CODE);
        name.setLabel(getTranslation("units.name"));
        name.setMaxLength(UnitService.MAX_NAME);
        shortName.setLabel(getTranslation("units.shortName"));
        shortName.setMaxLength(UnitService.MAX_SHORT_NAME);
        kind.setLabel(getTranslation("units.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(UnitKind.SKPD);
        add.setText(getTranslation("units.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> create());
        FormLayout form = new FormLayout(code, name, shortName, kind);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        list.setPadding(false);
        list.setSpacing(false);

        exportCsv.setText(getTranslation("units.export.csv"));
        exportCsv.addClickListener(e -> export(TableFormat.CSV));
        exportXlsx.setText(getTranslation("units.export.xlsx"));
        exportXlsx.addClickListener(e -> export(TableFormat.XLSX));
        List.of(exportCsv, exportXlsx).forEach(b -> b.setIcon(VaadinIcon.DOWNLOAD.create()));
        upload = new TableUpload(service::importUnits, "units.import.done", "units.import.failed", this::reload);
        HorizontalLayout files = new HorizontalLayout(exportCsv, exportXlsx, exported);
        files.setWrap(true);
        Paragraph importHelp = new Paragraph(getTranslation("units.import.help", TableReader.MAX_MB));
        importHelp.addClassName("help-text");

        add(
                new H2(getTranslation("units.title")),
                new Paragraph(getTranslation("units.intro")),
                new H3(getTranslation("units.add.title")),
                form,
                add,
                listTitle,
                list,
                files,
                upload,
                importHelp);
        reload();
        LiveRefresh.bind(this, bus, e -> e instanceof UnitsChanged, this::reload);
    }

    private void create() {
        UnitKind chosen = Objects.requireNonNullElse(kind.getValue(), UnitKind.SKPD);
        UnitForm form = new UnitForm(name.getValue(), shortName.getValue(), chosen);
        if (Attempt.run(() -> service.create(code.getValue(), form), this::reload)) {
            success(getTranslation("units.added", shortName.getValue().strip()));
            code.clear();
            name.clear();
            shortName.clear();
            kind.setValue(UnitKind.SKPD);
        }
    }

    /**
     * Shows every unit in its order. A row being edited stays as it is: if someone else changed that
     * unit's name, short name or kind meanwhile it says so; otherwise it takes the new version, as a
     * change of order or state does not touch what is being edited.
     */
    void reload() {
        List<UnitInfo> units = staff.units();
        Map<Long, UnitRow> editing = new HashMap<>();
        rows.stream().filter(r -> r.dirty).forEach(r -> editing.put(r.seen.id(), r));
        rows.clear();
        list.removeAll();
        for (int i = 0; i < units.size(); i++) {
            UnitInfo unit = units.get(i);
            UnitRow row = editing.get(unit.id());
            if (row == null) {
                row = new UnitRow(unit);
            } else {
                row.rebase(unit);
            }
            row.place(i, units.size());
            rows.add(row);
            list.add(row);
        }
        listTitle.setText(getTranslation("units.list", units.size()));
    }

    private void export(TableFormat format) {
        String fileName = format.fileName("instansi");
        exported.prepare(running -> new FileOffer.File(fileName, format.contentType(), service.exportUnits(format)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title") + " · " + getTranslation("app.name");
    }

    private static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** One unit: its code, editable name, short name and kind, and its order and state buttons. */
    final class UnitRow extends HorizontalLayout {

        final Span number = new Span();
        final Span codeLabel = new Span();
        final TextField rowName = new TextField();
        final TextField rowShortName = new TextField();
        final Select<UnitKind> rowKind = new Select<>();
        final Span state = new Span();
        final Span stale = new Span();
        final Button save = new Button();
        final Button revert = new Button();
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button retire = new Button();
        /** The version edits are saved against. */
        UnitInfo seen;

        boolean dirty;

        UnitRow(UnitInfo unit) {
            this.seen = unit;
            setWrap(true);
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            codeLabel.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            rowName.setAriaLabel(getTranslation("units.name"));
            rowName.setMaxLength(UnitService.MAX_NAME);
            rowName.setMinWidth("min(16em, 100%)");
            setFlexGrow(1, rowName);
            rowShortName.setAriaLabel(getTranslation("units.shortName"));
            rowShortName.setMaxLength(UnitService.MAX_SHORT_NAME);
            rowShortName.setWidth("10em");
            rowKind.setAriaLabel(getTranslation("units.kind"));
            rowKind.setItems(UnitKind.values());
            rowKind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            rowKind.setWidth("9em");
            state.getElement().getThemeList().add("badge contrast");
            state.setText(getTranslation("units.state.retired"));
            stale.addClassName("dialog-error");
            stale.getElement().setAttribute("role", "status");
            stale.setText(getTranslation("units.stale"));
            stale.setWidthFull();
            save.setText(getTranslation("units.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.addClickListener(e -> save());
            revert.setText(getTranslation("units.revert"));
            revert.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            revert.addClickListener(e -> {
                dirty = false;
                reload();
            });
            up.setAriaLabel(getTranslation("units.up"));
            up.setTooltipText(getTranslation("units.up"));
            down.setAriaLabel(getTranslation("units.down"));
            down.setTooltipText(getTranslation("units.down"));
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            }
            up.addClickListener(e -> move(-1));
            down.addClickListener(e -> move(1));
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            retire.addClickListener(e -> switchState());
            rowName.setValue(unit.name());
            rowShortName.setValue(unit.shortName());
            rowKind.setValue(unit.kind());
            rowName.addValueChangeListener(e -> edited(e.isFromClient()));
            rowShortName.addValueChangeListener(e -> edited(e.isFromClient()));
            rowKind.addValueChangeListener(e -> edited(e.isFromClient()));
            add(number, codeLabel, state, rowName, rowShortName, rowKind, save, revert, up, down, retire, stale);
            show(unit, false);
        }

        private void edited(boolean byUser) {
            if (byUser) {
                dirty = true;
                save.setEnabled(true);
                revert.setVisible(true);
            }
        }

        /** Draws the unit's code and state; its editable fields are left as they are. */
        private void show(UnitInfo unit, boolean changedElsewhere) {
            codeLabel.setText(unit.code());
            state.setVisible(!unit.active());
            getStyle().set("opacity", unit.active() ? "1" : "0.7");
            retire.setText(getTranslation(unit.active() ? "units.retire" : "units.restore"));
            stale.setVisible(changedElsewhere);
            save.setEnabled(dirty);
            revert.setVisible(dirty);
        }

        /** This row is being edited and the list was read again. */
        void rebase(UnitInfo fresh) {
            boolean sameContent = fresh.name().equals(seen.name())
                    && fresh.shortName().equals(seen.shortName())
                    && fresh.kind() == seen.kind();
            if (sameContent) {
                seen = fresh;
            }
            show(fresh, !sameContent);
        }

        void place(int index, int count) {
            number.setText((index + 1) + ".");
            up.setEnabled(index > 0);
            down.setEnabled(index < count - 1);
        }

        void save() {
            UnitForm form = new UnitForm(
                    rowName.getValue(),
                    rowShortName.getValue(),
                    Objects.requireNonNullElse(rowKind.getValue(), seen.kind()));
            UnitInfo before = seen;
            if (Attempt.run(
                    () -> {
                        UnitInfo saved = service.update(before.id(), before.version(), form);
                        dirty = false;
                        return saved;
                    },
                    UnitsView.this::reload)) {
                success(getTranslation("units.saved", form.shortName().strip()));
            }
        }

        void move(int by) {
            UnitInfo unit = seen;
            Attempt.run(() -> service.move(unit.id(), unit.version(), by), UnitsView.this::reload);
        }

        void switchState() {
            UnitInfo unit = seen;
            boolean retiring = unit.active();
            if (Attempt.run(
                    () -> retiring
                            ? service.retire(unit.id(), unit.version())
                            : service.restore(unit.id(), unit.version()),
                    UnitsView.this::reload)) {
                success(getTranslation(retiring ? "units.retired" : "units.restored", unit.shortName()));
            }
        }
    }
}
