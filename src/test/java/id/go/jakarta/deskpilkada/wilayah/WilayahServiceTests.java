package id.go.jakarta.deskpilkada.wilayah;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link WilayahServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class WilayahServiceTests extends WilayahServiceContract {}
