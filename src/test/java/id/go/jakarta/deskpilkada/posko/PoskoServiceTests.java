package id.go.jakarta.deskpilkada.posko;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link PoskoServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class PoskoServiceTests extends PoskoServiceContract {}
