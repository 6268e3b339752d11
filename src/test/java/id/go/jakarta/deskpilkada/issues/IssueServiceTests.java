package id.go.jakarta.deskpilkada.issues;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link IssueServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class IssueServiceTests extends IssueServiceContract {}
