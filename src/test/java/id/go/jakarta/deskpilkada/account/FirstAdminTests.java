package id.go.jakarta.deskpilkada.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.Application;
import id.go.jakarta.deskpilkada.TestNodes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Without demo data the first administrator's password must come from configuration, and is
 * replaced at the first sign-in.
 */
class FirstAdminTests {

    @Test
    void without_demo_data_and_without_an_initial_password_the_application_refuses_to_start() {
        assertThatThrownBy(() -> start("--desk.demo.enabled=false").close())
                .hasStackTraceContaining("DESK_ACCOUNTS_INITIAL_ADMIN_PASSWORD");
    }

    @Test
    void the_configured_initial_password_creates_the_first_admin_who_must_replace_it_and_no_demo_accounts() {
        try (ConfigurableApplicationContext app =
                start("--desk.demo.enabled=false", "--desk.accounts.initial-admin-password=RahasiaSekali2026")) {
            AccountService accounts = app.getBean(AccountService.class);
            UserDetails admin = accounts.loadUserByUsername("admin");
            assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
            assertThat(app.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                            .matches("RahasiaSekali2026", admin.getPassword()))
                    .isTrue();
            assertThat(((id.go.jakarta.deskpilkada.base.security.DeskUser) admin).passwordChangeDue())
                    .as("the password from the server's configuration works for the first sign-in only")
                    .isTrue();
            assertThatThrownBy(() -> accounts.loadUserByUsername("sekda"))
                    .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] =
                "--spring.datasource.url=jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        all[args.length + 1] = "--server.port=0";
        all[args.length + 2] = "--desk.cluster.port=" + TestNodes.freePort();
        return new SpringApplicationBuilder(Application.class).profiles("test").run(all);
    }
}
