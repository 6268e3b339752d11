package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import id.go.jakarta.deskpilkada.issues.CategoriesChanged;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.CategoryService;
import id.go.jakarta.deskpilkada.issues.IssueService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The issue categories on the setup console: the ADMIN adds, renames, orders, retires and brings
 * back categories, and imports or exports them as a file. A name is saved against the version its
 * row showed; a row being edited keeps its text when the list changes, and says so when someone
 * else renamed that category meanwhile (saving is then refused). Rows wrap on a phone.
 */
@Route("admin/kategori")
@Menu(order = 89.4, title = "nav.categories")
@RolesAllowed("ADMIN")
class CategoriesView extends VerticalLayout implements HasDynamicTitle {

    final TextField newCode = new TextField();
    final TextField newName = new TextField();
    final Button create = new Button();
    final H3 heading = new H3();
    final VerticalLayout table = new VerticalLayout();
    final List<CategoryRow> rows = new ArrayList<>();
    final Button csv = new Button();
    final Button xlsx = new Button();
    final FileOffer download = new FileOffer(csv, xlsx);
    final TableUpload upload;

    private final CategoryService categories;
    private final IssueService issues;

    CategoriesView(CategoryService categories, IssueService issues, LiveEventBus bus) {
        this.categories = categories;
        this.issues = issues;
        addClassName("categories-view");
        setMaxWidth("900px");

        newCode.setLabel(getTranslation("categories.code"));
        newCode.setHelperText(getTranslation("categories.code.help"));
        newCode.setMaxLength(CategoryService.MAX_CODE);
        newName.setLabel(getTranslation("categories.name"));
        newName.setMaxLength(CategoryService.MAX_NAME);
        create.setText(getTranslation("categories.add"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        FlexLayout entry = new FlexLayout(newCode, newName, create);
        entry.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);
        entry.getStyle().set("gap", "var(--lumo-space-m)");
        newCode.setWidth("min(14em, 100%)");
        newName.setMinWidth("min(18em, 100%)");
        entry.setFlexGrow(1, newName);

        table.setPadding(false);
        table.setSpacing(false);

        csv.setText(getTranslation("categories.export.csv"));
        xlsx.setText(getTranslation("categories.export.xlsx"));
        csv.addClickListener(e -> offer(TableFormat.CSV));
        xlsx.addClickListener(e -> offer(TableFormat.XLSX));
        for (Button b : List.of(csv, xlsx)) {
            b.setIcon(VaadinIcon.DOWNLOAD.create());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        upload = new TableUpload(
                categories::importCategories, "categories.import.done", "categories.import.failed", this::refresh);
        HorizontalLayout transfer = new HorizontalLayout(csv, xlsx, download);
        transfer.setWrap(true);
        Paragraph fileHelp = new Paragraph(getTranslation("categories.import.help", TableReader.MAX_MB));
        fileHelp.addClassName("help-text");

        add(
                new H2(getTranslation("categories.title")),
                new Paragraph(getTranslation("categories.intro")),
                new H3(getTranslation("categories.add.title")),
                entry,
                heading,
                table,
                transfer,
                upload,
                fileHelp);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof CategoriesChanged, this::refresh);
    }

    private void create() {
        String name = newName.getValue();
        if (Attempt.run(() -> categories.create(newCode.getValue(), name), this::refresh)) {
            notifyDone(getTranslation("categories.added", name.strip()));
            newCode.clear();
            newName.clear();
        }
    }

    /**
     * Shows the categories in their order. A row with unsaved text keeps it; it takes the new version
     * when only the order or the state changed, and warns when the name was changed by someone else.
     */
    void refresh() {
        List<CategoryInfo> all = issues.categories();
        List<CategoryRow> before = List.copyOf(rows);
        rows.clear();
        table.removeAll();
        int position = 0;
        for (CategoryInfo category : all) {
            Optional<CategoryRow> editing = before.stream()
                    .filter(r -> r.editing && r.shown.id() == category.id())
                    .findFirst();
            CategoryRow row = editing.orElseGet(() -> new CategoryRow(category));
            editing.ifPresent(r -> r.catchUp(category));
            row.position(++position, all.size());
            rows.add(row);
            table.add(row);
        }
        heading.setText(getTranslation("categories.list", all.size()));
    }

    private void offer(TableFormat format) {
        String file = format.fileName("kategori-permasalahan");
        download.prepare(
                running -> new FileOffer.File(file, format.contentType(), categories.exportCategories(format)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("categories.title") + " · " + getTranslation("app.name");
    }

    private static void notifyDone(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** One category: its place, code, editable name, state and buttons; wraps onto lines on a phone. */
    final class CategoryRow extends HorizontalLayout {

        final Span place = new Span();
        final Span code = new Span();
        final TextField name = new TextField();
        final Span retiredBadge = new Span();
        final Span warning = new Span();
        final Button save = new Button();
        final Button discard = new Button();
        final Button raise = new Button(VaadinIcon.ARROW_UP.create());
        final Button lower = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button toggle = new Button();
        /** The version the name is saved against. */
        CategoryInfo shown;

        boolean editing;

        CategoryRow(CategoryInfo category) {
            shown = category;
            setWrap(true);
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            code.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            name.setAriaLabel(getTranslation("categories.name"));
            name.setMaxLength(CategoryService.MAX_NAME);
            name.setMinWidth("min(16em, 100%)");
            name.setValue(category.name());
            name.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    editing = true;
                    save.setEnabled(true);
                    discard.setVisible(true);
                }
            });
            setFlexGrow(1, name);
            retiredBadge.getElement().getThemeList().add("badge contrast");
            retiredBadge.setText(getTranslation("categories.state.retired"));
            warning.addClassName("dialog-error");
            warning.getElement().setAttribute("role", "status");
            warning.setText(getTranslation("categories.stale"));
            warning.setWidthFull();
            save.setText(getTranslation("categories.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.addClickListener(e -> saveName());
            discard.setText(getTranslation("categories.revert"));
            discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            discard.addClickListener(e -> {
                editing = false;
                refresh();
            });
            raise.setAriaLabel(getTranslation("categories.up"));
            raise.setTooltipText(getTranslation("categories.up"));
            raise.addClickListener(e -> shift(-1));
            raise.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            lower.setAriaLabel(getTranslation("categories.down"));
            lower.setTooltipText(getTranslation("categories.down"));
            lower.addClickListener(e -> shift(1));
            lower.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            toggle.addClickListener(e -> toggleActive());
            add(place, code, retiredBadge, name, save, discard, raise, lower, toggle, warning);
            draw(category, false);
        }

        private void draw(CategoryInfo category, boolean renamedElsewhere) {
            code.setText(category.code());
            retiredBadge.setVisible(!category.active());
            getStyle().set("opacity", category.active() ? "1" : "0.7");
            toggle.setText(getTranslation(category.active() ? "categories.retire" : "categories.restore"));
            warning.setVisible(renamedElsewhere);
            save.setEnabled(editing);
            discard.setVisible(editing);
        }

        /** The list was read again while this row's name is being edited. */
        void catchUp(CategoryInfo fresh) {
            boolean renamed = !fresh.name().equals(shown.name());
            if (!renamed) {
                shown = fresh;
            }
            draw(fresh, renamed);
        }

        void position(int at, int of) {
            place.setText(at + ".");
            raise.setEnabled(at > 1);
            lower.setEnabled(at < of);
        }

        void saveName() {
            CategoryInfo seen = shown;
            String text = name.getValue();
            boolean saved = Attempt.run(
                    () -> {
                        CategoryInfo renamed = categories.rename(seen.id(), seen.version(), text);
                        editing = false;
                        return renamed;
                    },
                    CategoriesView.this::refresh);
            if (saved) {
                notifyDone(getTranslation("categories.saved", text.strip()));
            }
        }

        void shift(int by) {
            CategoryInfo seen = shown;
            Attempt.run(() -> categories.move(seen.id(), seen.version(), by), CategoriesView.this::refresh);
        }

        void toggleActive() {
            CategoryInfo seen = shown;
            String done = seen.active() ? "categories.retired" : "categories.restored";
            boolean switched = Attempt.run(
                    () -> seen.active()
                            ? categories.retire(seen.id(), seen.version())
                            : categories.restore(seen.id(), seen.version()),
                    CategoriesView.this::refresh);
            if (switched) {
                notifyDone(getTranslation(done, seen.name()));
            }
        }
    }
}
