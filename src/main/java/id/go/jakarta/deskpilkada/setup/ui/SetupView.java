package id.go.jakarta.deskpilkada.setup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.setup.SetupService;
import id.go.jakarta.deskpilkada.setup.SetupStep;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The ADMIN's checklist from an empty database to a usable desk: each step says what there is or
 * what is missing and links to the screen where it is set up; it follows every change live.
 */
@Route("admin/persiapan")
@Menu(order = 88, title = "nav.setup")
@RolesAllowed("ADMIN")
class SetupView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    final OrderedList steps = new OrderedList();
    private final SetupService setup;

    SetupView(SetupService setup, LiveEventBus bus) {
        this.setup = setup;
        setMaxWidth("960px");
        steps.getStyle().set("padding-left", "0").set("list-style", "none");
        add(new H2(getTranslation("setup.title")), summary, steps);
        // Any change may tick a step: the checklist is a handful of counts, read again.
        LiveRefresh.bind(this, bus, e -> true, this::refresh);
        refresh();
    }

    private void refresh() {
        List<SetupStep> all = setup.checklist();
        long done = all.stream().filter(SetupStep::done).count();
        summary.setText(
                getTranslation(done == all.size() ? "setup.summary.complete" : "setup.summary", done, all.size()));
        steps.removeAll();
        for (SetupStep step : all) {
            Icon icon = (step.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            icon.getStyle().set("color", step.done() ? "var(--lumo-success-color)" : "var(--lumo-contrast-50pct)");
            icon.getElement().setAttribute("aria-label", getTranslation(step.done() ? "setup.done" : "setup.todo"));
            Span title = new Span(getTranslation("setup.step." + step.key()));
            title.getStyle().set("font-weight", "600");
            Div detail = new Div(getTranslation(step.detailKey(), step.argArray()));
            Div text = new Div(title, detail);
            if (!step.done() && !step.route().isEmpty()) {
                text.add(new Div(new Anchor(step.route(), getTranslation("setup.open." + step.key()))));
            }
            ListItem item = new ListItem(icon, text);
            item.addClassName(step.done() ? "setup-done" : "setup-todo");
            item.getElement().setAttribute("data-step", step.key());
            item.getStyle()
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-m)")
                    .set("align-items", "flex-start")
                    .set("padding", "var(--lumo-space-s) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            steps.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · Desk Pilkada";
    }
}
