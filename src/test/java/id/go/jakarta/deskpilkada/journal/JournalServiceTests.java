package id.go.jakarta.deskpilkada.journal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link JournalServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class JournalServiceTests extends JournalServiceContract {}
