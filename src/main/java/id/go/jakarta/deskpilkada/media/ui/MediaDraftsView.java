package id.go.jakarta.deskpilkada.media.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.MediaStatementChanged;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import jakarta.annotation.security.RolesAllowed;

/** The statements being written at one's post (all of them for leadership and Bakesbangpol), and a new one. */
@Route("siaran-pers/draf")
@Menu(order = 25.5, title = "nav.mediaDrafts")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS", "BAKESBANGPOL"})
class MediaDraftsView extends VerticalLayout implements HasDynamicTitle {

    final Button create = new Button();
    final Grid<StatementInfo> grid = StatementGrid.create(this, getLocale());

    private final MediaService media;

    MediaDraftsView(MediaService media, LiveEventBus bus) {
        this.media = media;
        create.setText(getTranslation("media.drafts.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StatementEditorView.path(null))));
        add(new H2(getTranslation("media.drafts.title")), create, grid);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof MediaStatementChanged, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("media.drafts.title") + " · " + getTranslation("app.name");
    }

    void refresh() {
        grid.setItems(media.drafts());
    }
}
