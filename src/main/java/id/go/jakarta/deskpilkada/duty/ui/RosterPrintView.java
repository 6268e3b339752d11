package id.go.jakarta.deskpilkada.duty.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * A week's roster of one post as a plain page to print (no menu, black on white): shifts down,
 * days across, names and roles in each cell, a signature line for the post chief.
 */
@Route(value = "jadwal/cetak/:posko/:monday", autoLayout = false)
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "ADMIN"})
class RosterPrintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div table = new Div();
    private final RosterService roster;
    private final ShiftService shifts;
    private final PoskoService posko;
    private String title = "";

    RosterPrintView(RosterService roster, ShiftService shifts, PoskoService posko) {
        this.roster = roster;
        this.shifts = shifts;
        this.posko = posko;
        addClassName("roster-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("posko").orElse("");
        PoskoTile post = posko.tiles().stream()
                .filter(t -> t.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        LocalDate monday;
        try {
            monday = RosterView.monday(
                    LocalDate.parse(event.getRouteParameters().get("monday").orElse("")));
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
        // The service refuses other posts' chiefs; the error page says so.
        List<AssignmentInfo> week = roster.week(post.id(), monday);
        Map<Long, OfficerInfo> people =
                roster.candidates(post.id()).stream().collect(Collectors.toMap(OfficerInfo::id, o -> o));
        title = getTranslation(
                "duty.print.title",
                post.name(),
                RosterService.formatDay(monday),
                RosterService.formatDay(monday.plusDays(6)));
        StringBuilder html = new StringBuilder("<table class=\"print-table\"><thead><tr><th>")
                .append(esc(getTranslation("duty.shift")))
                .append("</th>");
        for (int d = 0; d < 7; d++) {
            html.append("<th>")
                    .append(esc(Wib.date(monday.plusDays(d), getLocale())))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ShiftInfo shift :
                shifts.shiftsOf(post.id()).stream().filter(ShiftInfo::active).toList()) {
            html.append("<tr><th>")
                    .append(esc(shift.name()))
                    .append("<br>")
                    .append(esc(shift.hours()))
                    .append("</th>");
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                html.append("<td>");
                for (AssignmentInfo a : week) {
                    if (a.shiftId() == shift.id() && a.day().equals(day)) {
                        OfficerInfo o = people.get(a.officerId());
                        html.append(esc(o == null ? "#" + a.officerId() : o.fullName()))
                                .append(" <small>")
                                .append(esc(getTranslation(a.role().labelKey())))
                                .append(
                                        a.status().away()
                                                ? " · "
                                                        + esc(getTranslation(
                                                                a.status().labelKey()))
                                                : "")
                                .append("</small><br>");
                    }
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        table.removeAll();
        table.add(new Html("<div>" + html + "</div>"));
        Button print = new Button(
                getTranslation("duty.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        removeAll();
        add(print, new H2(title), table, new Paragraph(getTranslation("duty.print.sign")));
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
