package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown address, or a screen the user's role may not open. Both say the same, so the
 * answer does not reveal which screens exist.
 */
public abstract class NotFoundView extends VerticalLayout implements HasDynamicTitle {

    NotFoundView() {
        addClassName("error-view");
        add(
                new H2(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.message")),
                new Anchor("", getTranslation("error.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " · " + getTranslation("app.name");
    }

    /** No route at that address. */
    @AnonymousAllowed
    public static class Missing extends NotFoundView implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** A route the signed-in user's role may not open. */
    @AnonymousAllowed
    public static class Denied extends NotFoundView implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }
}
