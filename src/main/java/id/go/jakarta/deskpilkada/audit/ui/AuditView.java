package id.go.jakarta.deskpilkada.audit.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.audit.AuditEntryInfo;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.time.Wib;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The trail of setup changes for the ADMIN: who changed what, when, and what it was before and after. */
@Route("admin/jejak")
@Menu(order = 95, title = "nav.audit")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final String ALL = "";

    final Select<String> subject = new Select<>();
    final Grid<AuditEntryInfo> entries = new Grid<>();
    private final AuditService audit;

    AuditView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        List<String> subjects = new ArrayList<>();
        subjects.add(ALL);
        subjects.addAll(audit.subjects());
        subject.setLabel(getTranslation("audit.subject"));
        subject.setItems(subjects);
        subject.setItemLabelGenerator(this::subjectName);
        subject.setValue(ALL);
        subject.addValueChangeListener(e -> refresh());

        entries.addColumn(e -> Wib.dateTime(e.at(), getLocale()))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(AuditEntryInfo::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(e -> subjectName(e.subject()) + " · " + e.label())
                .setHeader(getTranslation("audit.item"))
                .setFlexGrow(1);
        entries.addColumn(e -> actionName(e.action()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        entries.addColumn(new ComponentRenderer<>(e -> lines(e.before())))
                .setHeader(getTranslation("audit.before"))
                .setFlexGrow(2);
        entries.addColumn(new ComponentRenderer<>(e -> lines(e.after())))
                .setHeader(getTranslation("audit.after"))
                .setFlexGrow(2);
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        entries.setSizeFull();
        add(
                new H2(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro", AuditService.MAX_READ)),
                subject,
                entries);
        refresh();
    }

    private void refresh() {
        String chosen = subject.getValue();
        entries.setItems(audit.recent(chosen == null || chosen.equals(ALL) ? null : chosen, AuditService.MAX_READ));
    }

    private Div lines(@Nullable String text) {
        Div div = new Div();
        div.getStyle().set("white-space", "pre-wrap");
        div.setText(text == null ? "-" : text);
        return div;
    }

    private String subjectName(String key) {
        return key.equals(ALL) ? getTranslation("audit.subject.all") : getTranslation("audit.subject." + key);
    }

    private String actionName(String action) {
        return getTranslation("audit.action." + action);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · Desk Pilkada";
    }
}
