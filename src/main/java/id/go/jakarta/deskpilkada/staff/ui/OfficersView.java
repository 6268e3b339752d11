package id.go.jakarta.deskpilkada.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.base.ui.TableUpload;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficersChanged;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitsChanged;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The officers of the posts. ADMIN and leadership see every post (and filter by post), a post's
 * chief only his own; ADMIN and the chief add, edit, deactivate and import, leadership reads and
 * exports. An import is read and applied, and an export written, off the UI thread; the screen
 * shows the outcome when done.
 */
@Route("petugas")
@Menu(order = 30, title = "nav.officers")
@RolesAllowed({"ADMIN", "PIMPINAN", "KETUA_POSKO"})
class OfficersView extends VerticalLayout implements HasDynamicTitle {

    final Select<PoskoTile> post = new Select<>();
    final TextField search = new TextField();
    final Grid<OfficerInfo> grid = new Grid<>();
    final Button add = new Button();
    final Button edit = new Button();
    final Button toggleActive = new Button();
    /** Imports a file off the UI thread, one at a time; what it stored is told even after leaving. */
    final TableUpload upload;

    final Button exportCsv = new Button();
    final Button exportXlsx = new Button();
    /** The exported file, made off the UI thread and offered once. */
    final FileOffer exported = new FileOffer(exportCsv, exportXlsx);

    private final StaffService staff;
    private final Actor actor;
    private final List<PoskoTile> managedPosts;
    /** Every unit, retired ones too (they still name their officers); the dialog offers the active ones. */
    private List<UnitInfo> units = List.of();

    private final Map<Long, String> unitNames = new HashMap<>();
    private final Map<Long, String> postCodes;

    OfficersView(StaffService staff, PoskoService posko, LiveEventBus bus) {
        this.staff = staff;
        this.actor = CurrentActor.require();
        addClassName("officers-view");
        setSizeFull();

        List<PoskoTile> posts =
                posko.tiles().stream().filter(p -> staff.mayRead(actor, p.id())).toList();
        managedPosts =
                posts.stream().filter(p -> staff.mayManage(actor, p.id())).toList();
        loadUnits();
        postCodes = posts.stream()
                .collect(Collectors.toMap(PoskoTile::id, p -> p.code().toLowerCase(Locale.ROOT)));
        Map<Long, String> postNames = posts.stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::name));

        post.setLabel(getTranslation("officers.posko"));
        post.setItems(posts);
        post.setItemLabelGenerator(p -> p == null ? getTranslation("officers.allPosts") : p.name());
        if (staff.mayReadAll(actor)) {
            post.setEmptySelectionAllowed(true);
            post.setEmptySelectionCaption(getTranslation("officers.allPosts"));
        } else {
            post.setValue(posts.isEmpty() ? null : posts.getFirst());
            post.setVisible(false);
        }
        post.addValueChangeListener(e -> refresh());

        search.setLabel(getTranslation("officers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applySearch());

        grid.addColumn(OfficerInfo::nip)
                .setHeader(getTranslation("officers.nip"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OfficerInfo::fullName)
                .setHeader(getTranslation("officers.name"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(o -> unitNames.getOrDefault(o.unitId(), "?"))
                .setHeader(getTranslation("officers.unit"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.postRole().labelKey()))
                .setHeader(getTranslation("officers.role"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(o -> o.phone() == null ? "" : o.phone())
                .setHeader(getTranslation("officers.phone"))
                .setAutoWidth(true);
        grid.addColumn(o -> postNames.getOrDefault(o.homePoskoId(), "?"))
                .setHeader(getTranslation("officers.posko"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(o -> yesNo(o.reserve()))
                .setHeader(getTranslation("officers.reserve"))
                .setAutoWidth(true);
        grid.addColumn(o -> yesNo(o.active()))
                .setHeader(getTranslation("officers.active"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons());
        grid.setSizeFull();

        add.setText(getTranslation("officers.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openAdd());
        edit.setText(getTranslation("officers.edit"));
        edit.addClickListener(e -> openEdit());
        toggleActive.setText(getTranslation("officers.deactivate"));
        toggleActive.addClickListener(e -> toggleActive());
        boolean manages = !managedPosts.isEmpty();
        add.setVisible(manages);
        edit.setVisible(manages);
        toggleActive.setVisible(manages);

        exportCsv.setText(getTranslation("officers.export.csv"));
        exportCsv.addClickListener(e -> export(TableFormat.CSV));
        exportXlsx.setText(getTranslation("officers.export.xlsx"));
        exportXlsx.addClickListener(e -> export(TableFormat.XLSX));
        for (Button export : List.of(exportCsv, exportXlsx)) {
            export.setIcon(VaadinIcon.DOWNLOAD.create());
            export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }

        upload =
                new TableUpload(staff::importOfficers, "officers.import.done", "officers.import.failed", this::refresh);
        upload.setVisible(manages);
        Span importHelp = new Span(getTranslation("officers.import.help", TableReader.MAX_MB));
        importHelp.addClassName("officers-import-help");
        importHelp.setVisible(manages);

        HorizontalLayout filters = new HorizontalLayout(post, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(add, edit, toggleActive, exportCsv, exportXlsx, exported);
        actions.setWrap(true);
        add(new H2(getTranslation("officers.title")), filters, actions, upload, importHelp, grid);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof OfficersChanged || e instanceof UnitsChanged, () -> {
            loadUnits();
            refresh();
        });
    }

    private void loadUnits() {
        units = staff.units();
        unitNames.clear();
        units.forEach(u -> unitNames.put(u.id(), u.shortName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("officers.title") + " · " + getTranslation("app.name");
    }

    /** Reloads the officers of the chosen post (or all the user may see), keeping the selection. */
    void refresh() {
        PoskoTile selected = post.getValue();
        OfficerInfo chosen = grid.asSingleSelect().getValue();
        List<OfficerInfo> officers;
        try {
            officers = selected != null
                    ? staff.officersOf(selected.id())
                    : staff.mayReadAll(actor) ? staff.visibleOfficers() : List.of();
        } catch (DeskException e) {
            officers = List.of();
            error(getTranslation(e.messageKey(), e.args()));
        }
        grid.setItems(officers);
        applySearch();
        if (chosen != null) {
            officers.stream().filter(o -> o.id() == chosen.id()).findFirst().ifPresent(grid::select);
        }
        updateButtons();
    }

    private void applySearch() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        String digits = text.replaceAll("\\s", "");
        grid.getListDataView()
                .setFilter(o -> text.isEmpty()
                        || o.fullName().toLowerCase(Locale.ROOT).contains(text)
                        || !digits.isEmpty() && o.nip().contains(digits));
    }

    private void updateButtons() {
        OfficerInfo selected = grid.asSingleSelect().getValue();
        boolean may = selected != null && staff.mayManage(actor, selected.homePoskoId());
        edit.setEnabled(may);
        toggleActive.setEnabled(may);
        toggleActive.setText(
                getTranslation(selected != null && !selected.active() ? "officers.activate" : "officers.deactivate"));
    }

    private void openAdd() {
        PoskoTile chosen = post.getValue();
        PoskoTile defaultPost = chosen != null && managedPosts.contains(chosen) ? chosen : null;
        new OfficerDialog(staff, units, managedPosts, defaultPost, null, this::saved).open();
    }

    private void openEdit() {
        OfficerInfo selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            new OfficerDialog(staff, units, managedPosts, null, selected, this::saved).open();
        }
    }

    private void saved(OfficerInfo officer) {
        success(getTranslation("officers.saved", officer.fullName()));
        refresh();
        grid.getListDataView()
                .getItems()
                .filter(o -> o.id() == officer.id())
                .findFirst()
                .ifPresent(grid::select);
    }

    private void toggleActive() {
        OfficerInfo selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        try {
            OfficerInfo changed = staff.setActive(selected.id(), selected.version(), !selected.active());
            success(getTranslation(
                    changed.active() ? "officers.activated" : "officers.deactivated", changed.fullName()));
        } catch (DeskException e) {
            error(getTranslation(e.messageKey(), e.args()));
        }
        refresh();
    }

    /**
     * Imports off the UI thread as the signed-in user, then shows the outcome on {@code ui}: the
     * count, or every bad row. One import at a time per screen.
     */
    void startImport(UI ui, byte[] content, String fileName) {
        upload.start(ui, content, fileName);
    }

    /**
     * Exports the officers of the post chosen now (all the user may see if none) off the UI thread,
     * as the signed-in user, and offers the file once; a refusal is said in his language.
     */
    void export(TableFormat format) {
        PoskoTile selected = post.getValue();
        Long chosen = selected == null ? null : selected.id();
        String name = format.fileName(fileBase(chosen));
        exported.prepare(
                running -> new FileOffer.File(name, format.contentType(), staff.exportOfficers(format, chosen)));
    }

    private String fileBase(@Nullable Long poskoId) {
        return "petugas-" + (poskoId == null ? "semua" : postCodes.getOrDefault(poskoId, "posko"));
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "officers.yes" : "officers.no");
    }

    private static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
