package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Maybe this was reported already": the likely duplicates of what is being filed, each a link to
 * the issue; the person opens one of them, goes back to his entry, or saves his anyway. Two posts
 * filing the same incident twice costs the desk more than a moment of checking.
 */
class DuplicatesDialog extends Dialog {

    final Div list = new Div();
    final Button saveAnyway = new Button();
    final Button back = new Button();

    private @Nullable Registration navigation;

    DuplicatesDialog(List<IssueInfo> similar, IssueNames.Snapshot names, Runnable fileAnyway) {
        setHeaderTitle(getTranslation("issueForm.duplicates.title"));
        setWidth("min(40em, 95vw)");
        list.addClassName("issue-duplicates");
        for (IssueInfo issue : similar) {
            RouterLink link = new RouterLink(
                    "#" + issue.id() + " " + issue.title(),
                    IssueDetailView.class,
                    new RouteParameters("id", String.valueOf(issue.id())));
            Span line = new Span(getTranslation(issue.status().labelKey()) + " · " + names.shortPlace(issue) + " · "
                    + names.category(issue.categoryId()) + " · " + Wib.dateTime(issue.reportedAt(), getLocale())
                    + " · " + issue.reporter());
            line.addClassName("issue-secondary");
            Div item = new Div(link, line);
            item.addClassName("issue-duplicate");
            list.add(item);
        }
        saveAnyway.setText(getTranslation("issueForm.duplicates.saveAnyway"));
        saveAnyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAnyway.addClickListener(e -> {
            close();
            fileAnyway.run();
        });
        back.setText(getTranslation("issueForm.duplicates.back"));
        back.addClickListener(e -> close());
        add(new Paragraph(getTranslation("issueForm.duplicates.help", similar.size())), list);
        getFooter().add(back, saveAnyway);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // Opening one of the listed issues leaves the form: the dialog goes with it.
        navigation = event.getUI().addAfterNavigationListener(e -> close());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
    }
}
