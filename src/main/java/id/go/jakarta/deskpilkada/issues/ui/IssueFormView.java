package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A new issue, often from an officer's phone in the field: one column, no sideways scrolling.
 * Before it is stored the person sees the issues that are probably the same problem and either
 * opens one of them or saves his anyway. A refusal keeps everything typed and points at the field.
 */
@Route("permasalahan/baru")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS"})
class IssueFormView extends VerticalLayout implements HasDynamicTitle {

    final IssueFields fields;
    final Button save = new Button();
    final Button cancel = new Button();

    private final IssueService issues;
    private final IssueNames names;

    IssueFormView(
            IssueService issues, WilayahService places, ElectionService elections, IssueNames names, Clock clock) {
        this.issues = issues;
        this.names = names;
        addClassName("issue-form-view");
        fields = new IssueFields(issues, places, elections.active(), CurrentActor.require(), clock);

        save.setText(getTranslation("issueForm.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("issueForm.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> UI.getCurrent().navigate(IssueDetailView.LIST_ROUTE));
        FlexLayout buttons = new FlexLayout(save, cancel);
        buttons.addClassName("issue-form-buttons");

        Paragraph help = new Paragraph(getTranslation("issueForm.help"));
        help.addClassName("issue-help");
        add(new H2(getTranslation("issueForm.heading")), help, fields, buttons);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("issueForm.heading") + " · " + getTranslation("app.name");
    }

    /** First the likely duplicates, if any; the person decides. */
    void save() {
        if (!fields.complete()) {
            return;
        }
        IssueForm form = fields.form();
        // Without a title the service refuses anyway: say that first, not "maybe a duplicate".
        List<IssueInfo> similar = form.title().isBlank() ? List.of() : issues.likelyDuplicates(form);
        if (similar.isEmpty()) {
            file(form);
        } else {
            new DuplicatesDialog(similar, names.snapshot(), () -> file(fields.form())).open();
        }
    }

    /** Stores the issue and opens it; on a refusal the fields keep what was typed. */
    boolean file(IssueForm form) {
        AtomicReference<IssueInfo> filed = new AtomicReference<>();
        boolean done = Attempt.run(
                () -> {
                    try {
                        filed.set(issues.file(form, null));
                        return filed.get();
                    } catch (DeskException refusal) {
                        fields.mark(refusal);
                        throw refusal;
                    }
                },
                () -> {});
        if (done) {
            IssueInfo issue = filed.get();
            Notification.show(
                            getTranslation("issueForm.saved", String.valueOf(issue.id())),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(IssueDetailView.class, new RouteParameters("id", String.valueOf(issue.id())));
        }
        return done;
    }
}
