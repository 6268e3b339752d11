package id.go.jakarta.deskpilkada.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.BackgroundJob;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskLevel;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.desk.DesksOpened;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The desks this deployment serves, as the tree they roll up in: the national desk, the province
 * desks, the kabupaten/kota desks. An ADMIN opens one region's desk, or at once the 545 desks of
 * the Pilkada serentak 2024 (in the background, the screen showing that it works). Other admins'
 * openings appear live.
 */
@Route("admin/desk")
@Menu(order = 88.5, title = "nav.desks")
@RolesAllowed("ADMIN")
class DesksView extends VerticalLayout implements HasDynamicTitle {

    final Span summary = new Span();
    final ComboBox<WilayahArea> region = new ComboBox<>();
    final Button open = new Button();
    final Button openSerentak = new Button();
    final ProgressBar working = new ProgressBar();
    final TreeGrid<DeskInfo> tree = new TreeGrid<>();

    private final DeskService desks;
    private final BackgroundJob job = BackgroundJob.tiedTo(this).oneAtATime();

    DesksView(DeskService desks, WilayahService wilayah, LiveEventBus bus) {
        this.desks = desks;
        setMaxWidth("1100px");
        summary.addClassName("desk-summary");

        region.setLabel(getTranslation("desks.region"));
        region.setPlaceholder(getTranslation("desks.region.placeholder"));
        region.setItems(regions(wilayah));
        region.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        region.setWidth("24em");
        region.setMaxWidth("100%");
        open.setText(getTranslation("desks.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> openRegion());
        HorizontalLayout one = new HorizontalLayout(region, open);
        one.setAlignItems(FlexComponent.Alignment.BASELINE);
        one.setWrap(true);

        openSerentak.setText(getTranslation("desks.serentak"));
        openSerentak.addClickListener(e -> openSerentak());
        working.setIndeterminate(true);
        working.setVisible(false);
        working.setWidth("16em");

        tree.addHierarchyColumn(this::name)
                .setHeader(getTranslation("desks.column.name"))
                .setFlexGrow(1);
        tree.addColumn(DeskInfo::code)
                .setHeader(getTranslation("desks.column.code"))
                .setAutoWidth(true);
        tree.addColumn(d -> getTranslation(d.level().labelKey()))
                .setHeader(getTranslation("desks.column.level"))
                .setAutoWidth(true);
        tree.addColumn(d -> getTranslation(d.holdsElection() ? "desks.election.yes" : "desks.election.rollup"))
                .setHeader(getTranslation("desks.column.election"))
                .setAutoWidth(true);
        tree.setHeight("32em");

        Paragraph serentakHelp = new Paragraph(getTranslation("desks.serentak.help"));
        serentakHelp.addClassName("help-text");
        add(
                new H2(getTranslation("desks.title")),
                new Paragraph(getTranslation("desks.intro")),
                summary,
                new H3(getTranslation("desks.open.title")),
                one,
                openSerentak,
                serentakHelp,
                working,
                new H3(getTranslation("desks.list")),
                tree);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof DesksOpened, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desks.title") + " · " + getTranslation("app.name");
    }

    void refresh() {
        List<DeskInfo> all = desks.all();
        Map<Long, DeskInfo> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.id(), d));
        TreeData<DeskInfo> data = new TreeData<>();
        for (DeskInfo desk : all) {
            // all() lists parents before children: national, provinces, kabupaten/kota.
            data.addItem(desk.parentId() == null ? null : byId.get(desk.parentId()), desk);
        }
        tree.setTreeData(data);
        data.getRootItems().forEach(tree::expand);
        long provinces = count(all, DeskLevel.PROVINSI);
        long kabkota = count(all, DeskLevel.KABKOTA);
        long elections = all.stream().filter(DeskInfo::holdsElection).count();
        summary.setText(getTranslation("desks.summary", provinces, kabkota, elections));
    }

    private void openRegion() {
        WilayahArea chosen = region.getValue();
        if (chosen == null) {
            region.setInvalid(true);
            region.setErrorMessage(getTranslation("desks.region.required"));
            return;
        }
        region.setInvalid(false);
        if (Attempt.run(() -> desks.open(chosen.code()), this::refresh)) {
            success(getTranslation("desks.opened", chosen.name()));
            region.clear();
        }
    }

    private void openSerentak() {
        openSerentak.setEnabled(false);
        working.setVisible(true);
        job.task(running -> desks.openSerentak2024())
                .onEnd(() -> {
                    openSerentak.setEnabled(true);
                    working.setVisible(false);
                })
                .onSuccess(done -> {
                    refresh();
                    success(
                            done.opened() == 0
                                    ? getTranslation("desks.serentak.none", done.elections())
                                    : getTranslation("desks.serentak.done", done.opened(), done.elections()));
                })
                .start(getUI().orElseThrow());
    }

    private String name(DeskInfo desk) {
        return switch (desk.level()) {
            case NASIONAL -> getTranslation("desks.national");
            case PROVINSI -> getTranslation("desks.province", desk.regionName());
            case KABKOTA -> desk.regionName();
        };
    }

    private static long count(List<DeskInfo> all, DeskLevel level) {
        return all.stream().filter(d -> d.level() == level).count();
    }

    /** Provinces and kabupaten/kota, each province followed by its own. */
    private static List<WilayahArea> regions(WilayahService wilayah) {
        List<WilayahArea> regions = new ArrayList<>();
        for (WilayahArea province : wilayah.provinces()) {
            regions.add(province);
            regions.addAll(wilayah.kabKota(province.code()));
        }
        return regions;
    }

    private static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
