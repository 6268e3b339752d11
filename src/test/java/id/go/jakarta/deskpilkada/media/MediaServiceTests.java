package id.go.jakarta.deskpilkada.media;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link MediaServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class MediaServiceTests extends MediaServiceContract {}
