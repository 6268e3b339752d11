package id.go.jakarta.deskpilkada;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import kotlin.jvm.functions.Function0;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Karibu-Testing set-up shared by the UI tests and the multi-node tests. */
public final class KaribuSupport {

    private static final String ROOT = "id.go.jakarta.deskpilkada";
    private static Routes routes;

    private KaribuSupport() {}

    /** All views, discovered once. */
    static synchronized Routes routes() {
        if (routes == null) {
            Routes discovered = new Routes().autoDiscoverViews(ROOT);
            // Karibu's scan sees public classes only; views are package-private by house style.
            ClassPathScanningCandidateComponentProvider scanner =
                    new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            for (BeanDefinition view : scanner.findCandidateComponents(ROOT)) {
                try {
                    discovered
                            .getRoutes()
                            .add(Class.forName(view.getBeanClassName()).asSubclass(Component.class));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            routes = discovered;
        }
        return routes;
    }

    /** Mocks a browser tab against the given node's Spring context. */
    public static void startUi(ApplicationContext node) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), node, uiFactory));
    }

    /** Signs a demo account in on that node and opens the start page (Ringkasan) as that user. */
    public static DeskUser login(ApplicationContext node, String username) {
        DeskUser user = SignIn.as(node, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(() -> username);
        request.setUserInRole((principal, role) -> user.actor().role().name().equals(role));
        UI.getCurrent().navigate("");
        // A sign-in is a fresh page load: the layout and menu are built for the new user.
        UI.getCurrent().getPage().reload();
        return user;
    }

    /** Signs in a principal that is not an account (a wall screen) and opens the given route. */
    public static void loginAs(DeskUser user, String route) {
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(user::getUsername);
        request.setUserInRole((principal, role) -> user.actor().role().name().equals(role));
        UI.getCurrent().navigate(route);
        UI.getCurrent().getPage().reload();
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SignIn.out();
    }
}
