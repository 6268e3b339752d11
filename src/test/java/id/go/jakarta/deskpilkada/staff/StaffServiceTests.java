package id.go.jakarta.deskpilkada.staff;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link StaffServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class StaffServiceTests extends StaffServiceContract {}
