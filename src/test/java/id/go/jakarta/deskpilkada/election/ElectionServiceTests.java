package id.go.jakarta.deskpilkada.election;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link ElectionServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class ElectionServiceTests extends ElectionServiceContract {}
