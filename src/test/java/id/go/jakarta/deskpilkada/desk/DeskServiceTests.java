package id.go.jakarta.deskpilkada.desk;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link DeskServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class DeskServiceTests extends DeskServiceContract {}
