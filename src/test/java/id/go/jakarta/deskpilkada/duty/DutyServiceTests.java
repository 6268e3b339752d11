package id.go.jakarta.deskpilkada.duty;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link DutyServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class DutyServiceTests extends DutyServiceContract {}
