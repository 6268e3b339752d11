package id.go.jakarta.deskpilkada.reports;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link ReportServiceContract} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class ReportServiceTests extends ReportServiceContract {}
