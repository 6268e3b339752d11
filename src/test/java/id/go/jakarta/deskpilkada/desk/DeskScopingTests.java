package id.go.jakarta.deskpilkada.desk;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link DeskScopingContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class DeskScopingTests extends DeskScopingContract {}
