package id.go.jakarta.deskpilkada.device;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link DeviceServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class DeviceServiceTests extends DeviceServiceContract {}
