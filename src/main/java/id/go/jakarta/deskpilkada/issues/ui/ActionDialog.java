package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * One step on an issue that needs words or a choice (refer, resolve, reject, escalate, edit,
 * report an action). The step is tried against the version the person saw when he opened the
 * dialog, not whatever the screen shows by the time he confirms. A refusal is said above the
 * buttons and everything typed stays. When someone else changed the issue meanwhile, "Muat ulang"
 * brings the screen behind up to date and lets him confirm again, knowingly, against that state.
 */
class ActionDialog extends Dialog {

    /** The change itself; throws the service's refusal. */
    @FunctionalInterface
    interface Step {
        void apply(long seenVersion);
    }

    final Div error = new Div();
    final Button reload = new Button();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private final Step step;
    private final Supplier<OptionalLong> reloadView;
    private final Runnable done;
    private long version;

    /**
     * @param reloadView reloads the screen behind and answers the issue's version now (empty if the
     *                   person may no longer see it)
     * @param done       after the step went through
     */
    ActionDialog(
            String title,
            String confirmLabel,
            long seenVersion,
            Step step,
            Supplier<OptionalLong> reloadView,
            Runnable done,
            Component... body) {
        this.step = step;
        this.reloadView = reloadView;
        this.done = done;
        this.version = seenVersion;
        addClassName("issue-action-dialog");
        setHeaderTitle(title);
        setWidth("min(40em, 95vw)");

        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        reload.setText(getTranslation("issueDetail.reload"));
        reload.setVisible(false);
        reload.addClickListener(e -> reload());
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        cancel.setText(getTranslation("issueDetail.cancel"));
        cancel.addClickListener(e -> close());

        VerticalLayout content = new VerticalLayout(body);
        content.setPadding(false);
        content.add(error);
        add(content);
        getFooter().add(cancel, reload, confirm);
    }

    /** True if the step went through (and the dialog closed). */
    boolean confirm() {
        try {
            step.apply(version);
        } catch (DeskException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.args()));
            error.setClassName("dialog-error");
            error.setVisible(true);
            reload.setVisible(refusal.kind() == DeskException.Kind.CONFLICT);
            return false;
        }
        close();
        done.run();
        return true;
    }

    private void reload() {
        OptionalLong now = reloadView.get();
        if (now.isEmpty()) {
            close();
            return;
        }
        version = now.getAsLong();
        reload.setVisible(false);
        error.setText(getTranslation("issueDetail.reloaded"));
        error.setClassName("dialog-info");
        error.setVisible(true);
    }
}
