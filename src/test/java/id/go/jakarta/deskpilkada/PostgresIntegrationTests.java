package id.go.jakarta.deskpilkada;

import id.go.jakarta.deskpilkada.account.AccountServiceContract;
import id.go.jakarta.deskpilkada.desk.DeskScopingContract;
import id.go.jakarta.deskpilkada.desk.DeskServiceContract;
import id.go.jakarta.deskpilkada.device.DeviceServiceContract;
import id.go.jakarta.deskpilkada.duty.DutyServiceContract;
import id.go.jakarta.deskpilkada.election.ElectionServiceContract;
import id.go.jakarta.deskpilkada.issues.IssueServiceContract;
import id.go.jakarta.deskpilkada.journal.JournalServiceContract;
import id.go.jakarta.deskpilkada.media.MediaServiceContract;
import id.go.jakarta.deskpilkada.posko.PoskoServiceContract;
import id.go.jakarta.deskpilkada.reports.ReportServiceContract;
import id.go.jakarta.deskpilkada.staff.StaffServiceContract;
import id.go.jakarta.deskpilkada.wilayah.WilayahServiceContract;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence tests of every feature, run against PostgreSQL with the production profile's
 * settings (the same tests run against H2 in each feature's {@code *ServiceTests}).
 */
@PostgresConfigured
@SpringBootTest(properties = "desk.demo.enabled=true")
@ActiveProfiles({"test", "postgres"})
class PostgresIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv(PostgresConfigured.URL));
        registry.add("spring.datasource.username", () -> PostgresConfigured.Settings.get("_USERNAME", "app"));
        registry.add("spring.datasource.password", () -> PostgresConfigured.Settings.get("_PASSWORD", "app"));
    }

    @Nested
    class Posko extends PoskoServiceContract {}

    @Nested
    class Accounts extends AccountServiceContract {}

    @Nested
    class Staff extends StaffServiceContract {}

    @Nested
    class Elections extends ElectionServiceContract {}

    @Nested
    class Wilayah extends WilayahServiceContract {}

    @Nested
    class Desks extends DeskServiceContract {}

    @Nested
    class DeskScoping extends DeskScopingContract {}

    @Nested
    class Devices extends DeviceServiceContract {}

    @Nested
    class Duty extends DutyServiceContract {}

    @Nested
    class Issues extends IssueServiceContract {}

    @Nested
    class Journal extends JournalServiceContract {}

    @Nested
    class Media extends MediaServiceContract {}

    @Nested
    class Reports extends ReportServiceContract {}
}
