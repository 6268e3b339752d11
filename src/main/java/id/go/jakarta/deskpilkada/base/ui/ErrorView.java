package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a stack trace when opening a screen fails: a message and an incident code. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    final Paragraph message = new Paragraph();

    public ErrorView() {
        addClassName("error-view");
        add(new H2(getTranslation("error.title")), message, new Anchor("", getTranslation("error.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " · " + getTranslation("app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        message.setText(ErrorHandling.describe(parameter.getCaughtException(), event.getUI()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
