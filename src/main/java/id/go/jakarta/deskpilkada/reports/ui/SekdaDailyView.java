package id.go.jakarta.deskpilkada.reports.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.go.jakarta.deskpilkada.reports.ReportService;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Laporan harian Sekda" in leadership's menu: one click to the consolidated report of the day
 * whose provincial report was due last.
 */
@Route("laporan/harian")
@Menu(order = 19.65, title = "nav.sekdaReport")
@RolesAllowed("PIMPINAN")
class SekdaDailyView extends Div implements BeforeEnterObserver {

    private final ReportService reports;

    SekdaDailyView(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(
                ConsolidatedView.class,
                new RouteParameters("date", reports.latestDay().toString()));
    }
}
