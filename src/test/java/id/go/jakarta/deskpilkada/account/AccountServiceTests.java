package id.go.jakarta.deskpilkada.account;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link AccountServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTests extends AccountServiceContract {}
