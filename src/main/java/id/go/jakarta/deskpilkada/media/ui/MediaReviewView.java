package id.go.jakarta.deskpilkada.media.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import java.util.List;

/** Bakesbangpol's queue: what waits for review or publication, oldest first; a click opens it. */
@Route("siaran-pers/tinjauan")
@Menu(order = 25.7, title = "nav.mediaReview")
@RolesAllowed("BAKESBANGPOL")
class MediaReviewView extends VerticalLayout implements HasDynamicTitle {

    final Span summary = new Span();
    final Grid<StatementInfo> grid = StatementGrid.create(this, getLocale());

    private final MediaService media;

    MediaReviewView(MediaService media, LiveEventBus bus) {
        this.media = media;
        add(new H2(getTranslation("media.review.title")), summary, grid);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof MediaStatementChanged, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("media.review.title") + " · " + getTranslation("app.name");
    }

    void refresh() {
        List<StatementInfo> queue = media.reviewQueue();
        summary.setText(getTranslation("media.review.summary", queue.size()));
        grid.setItems(queue);
    }
}
