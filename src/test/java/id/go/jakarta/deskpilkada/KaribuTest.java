package id.go.jakarta.deskpilkada;

import id.go.jakarta.deskpilkada.base.security.DeskUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the UI tests: a real Spring context with the demo data, Vaadin mocked by Karibu-Testing,
 * and a {@link #login} that signs a demo account in for both Spring Security and Vaadin's view
 * access checks.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        KaribuSupport.startUi(context);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSupport.tearDown();
    }

    /** Signs in a demo account and opens the start page (Ringkasan) as that user. */
    protected DeskUser login(String username) {
        return KaribuSupport.login(context, username);
    }
}
