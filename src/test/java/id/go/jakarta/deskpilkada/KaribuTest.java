package id.go.jakarta.deskpilkada;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the UI tests: a real Spring context with the demo data, Vaadin mocked by Karibu-Testing
 * (routes discovered once), and a {@link #login} that signs a demo account in for both Spring
 * Security and Vaadin's view access checks.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("id.go.jakarta.deskpilkada");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        startUi(context);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    /** Mocks a browser tab against the given node's Spring context. */
    protected static void startUi(ApplicationContext node) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, node, uiFactory));
    }

    /** Signs in a demo account and opens the start page as that user. */
    protected DeskUser login(String username) {
        return login(context, username);
    }

    protected static DeskUser login(ApplicationContext node, String username) {
        DeskUser user = SignIn.as(node, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(() -> username);
        request.setUserInRole((principal, role) -> user.actor().role().name().equals(role));
        UI.getCurrent().getPage().reload();
        return user;
    }
}
