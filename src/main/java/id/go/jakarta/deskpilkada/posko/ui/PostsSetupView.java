package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.base.ui.TableUpload;
import id.go.jakarta.deskpilkada.election.ElectionActivated;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostForm;
import id.go.jakarta.deskpilkada.posko.PostSetupService;
import id.go.jakarta.deskpilkada.posko.PostsChanged;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * The desk's posts for the ADMIN: the default set for the election's region in one click, then one
 * by one (add, describe, retire, bring back) or from a file; every screen and the wall follow live.
 */
@Route("admin/posko")
@Menu(order = 89.2, title = "nav.posts")
@RolesAllowed("ADMIN")
class PostsSetupView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PoskoTile> grid = new Grid<>();
    final Button defaults = new Button();
    final Button retireOutside = new Button();
    final Button add = new Button();
    final Button exportCsv = new Button();
    final Button exportXlsx = new Button();
    final FileOffer exported = new FileOffer(exportCsv, exportXlsx);
    final TableUpload upload;

    private final PostSetupService setup;
    private final ElectionService elections;
    private final WilayahService wilayah;

    PostsSetupView(PostSetupService setup, ElectionService elections, WilayahService wilayah, LiveEventBus bus) {
        this.setup = setup;
        this.elections = elections;
        this.wilayah = wilayah;
        setSizeFull();
        defaults.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        defaults.setIcon(VaadinIcon.MAGIC.create());
        defaults.addClickListener(e -> addDefaults());
        retireOutside.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retireOutside.addClickListener(e -> retireOutside());
        add.setText(getTranslation("postsSetup.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> new PostDialog(setup, wilayah, null, this::saved).open());
        exportCsv.setText(getTranslation("postsSetup.export.csv"));
        exportCsv.setIcon(VaadinIcon.DOWNLOAD.create());
        exportCsv.addClickListener(e -> export(TableFormat.CSV));
        exportXlsx.setText(getTranslation("postsSetup.export.xlsx"));
        exportXlsx.setIcon(VaadinIcon.DOWNLOAD.create());
        exportXlsx.addClickListener(e -> export(TableFormat.XLSX));
        upload = new TableUpload(setup::importPosts, "posko.import.done", "posko.import.failed", this::refresh);

        grid.addColumn(PoskoTile::sortOrder)
                .setHeader(getTranslation("postsSetup.order"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PoskoTile::code)
                .setHeader(getTranslation("postsSetup.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PoskoTile::name)
                .setHeader(getTranslation("postsSetup.name"))
                .setFlexGrow(1);
        grid.addColumn(p -> getTranslation("postsSetup.level." + p.level().name()))
                .setHeader(getTranslation("postsSetup.level"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.wilayahName() + " (" + p.wilayahCode() + ")")
                .setHeader(getTranslation("postsSetup.area"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.active() ? "postsSetup.state.active" : "postsSetup.state.retired"))
                .setHeader(getTranslation("postsSetup.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();

        HorizontalLayout buttons = new HorizontalLayout(defaults, retireOutside, add, exportCsv, exportXlsx, exported);
        buttons.setWrap(true);
        Paragraph importHelp = new Paragraph(getTranslation("posko.import.help"));
        add(
                new H2(getTranslation("postsSetup.title")),
                new Paragraph(getTranslation("postsSetup.intro")),
                buttons,
                grid,
                upload,
                importHelp);
        LiveRefresh.bind(this, bus, e -> e instanceof PostsChanged || e instanceof ElectionActivated, this::refresh);
        refresh();
    }

    private HorizontalLayout actions(PoskoTile post) {
        Button edit = new Button(
                getTranslation("postsSetup.edit"), e -> new PostDialog(setup, wilayah, post, this::saved).open());
        Button toggle = new Button(
                getTranslation(post.active() ? "postsSetup.retire" : "postsSetup.restore"), e -> toggle(post));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (post.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        HorizontalLayout row = new HorizontalLayout(edit, toggle);
        row.setSpacing(false);
        return row;
    }

    void refresh() {
        grid.setItems(setup.all());
        Optional<ElectionInfo> election = elections.active();
        List<PostForm> missing =
                election.map(e -> setup.proposals(e.regionCode())).orElse(List.of());
        defaults.setText(
                missing.isEmpty()
                        ? getTranslation("postsSetup.defaults.none")
                        : getTranslation("postsSetup.defaults", missing.size()));
        defaults.setEnabled(!missing.isEmpty());
        int outside = setup.outsideRegion().size();
        retireOutside.setText(getTranslation("postsSetup.retireOutside", outside));
        retireOutside.setVisible(outside > 0);
    }

    private void retireOutside() {
        boolean done = Attempt.run(setup::retireOutsideRegion, this::refresh);
        if (done) {
            Notification.show(getTranslation("postsSetup.retiredOutside"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void addDefaults() {
        try {
            int n = setup.createDefaults().size();
            Notification.show(getTranslation("postsSetup.defaults.done", n))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void toggle(PoskoTile post) {
        boolean done = Attempt.run(() -> setup.setActive(post.id(), post.version(), !post.active()), this::refresh);
        if (done) {
            Notification.show(getTranslation(post.active() ? "postsSetup.retired" : "postsSetup.restored", post.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void saved(PoskoTile post) {
        refresh();
        Notification.show(getTranslation("postsSetup.saved", post.name()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void export(TableFormat format) {
        exported.prepare(running ->
                new FileOffer.File(format.fileName("posko"), format.contentType(), setup.exportPosts(format)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("postsSetup.title") + " · Desk Pilkada";
    }
}
