package id.go.jakarta.deskpilkada.account.internal;

import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can administer the application: without an enabled ADMIN account, the first
 * one ({@code admin}) is created from {@code desk.accounts.initial-admin-password}, to be changed at
 * its first sign-in (whoever set up the server knows it); without that setting the application
 * refuses to start. Runs after the demo data, which brings its own admin.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private final AccountService accounts;
    private final AccountProperties properties;

    InitialAdmin(AccountService accounts, AccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasEnabledAdmin()) {
            return;
        }
        if (properties.initialAdminPassword().isBlank()) {
            throw new IllegalStateException("No ADMIN account exists and no initial password is configured: "
                    + "set DESK_ACCOUNTS_INITIAL_ADMIN_PASSWORD (at least " + properties.minPasswordLength()
                    + " characters) or run with demo data (desk.demo.enabled=true).");
        }
        try {
            CurrentActor.asSystem(() -> accounts.createAll(
                    List.of(new NewAccount("admin", "Administrator", Role.ADMIN, null, null)),
                    properties.initialAdminPassword(),
                    true));
            log.info("Created the first ADMIN account 'admin' from configuration");
        } catch (DeskException | DataIntegrityViolationException e) {
            // Another node starting at the same moment may have created it first.
            if (!accounts.hasEnabledAdmin()) {
                throw e;
            }
        }
    }
}
