package id.go.jakarta.deskpilkada.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The short form of the bad-input campaign (the full one is {@code bench/bad-input.sh}, see
 * docs/RELIABILITY.md): about a thousand generated malformed requests across every form-backed
 * service and every API endpoint, one at a time, with every table checked after each. The
 * watchers run once an hour here, so that nothing but the cases writes to the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = BadInputCampaign.QUIET)
@ActiveProfiles("test")
class BadInputTests {

    static final int CASES = 1_000;
    static final long SEED = 20170215L;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void a_thousand_bad_inputs_cause_no_500_change_no_row_when_refused_and_are_all_refused_with_a_message()
            throws Exception {
        BadInputRunner.Report report = new BadInputRunner(context, port).run(SEED, CASES);
        report.print(System.out);

        assertThat(report.cases).isEqualTo(CASES);
        assertThat(report.byTarget).hasSizeGreaterThanOrEqualTo(25);
        assertThat(report.byCategory).hasSize(BadCase.Category.values().length);
        assertThat(report.rejected).as("most generated inputs are refused").isGreaterThan(CASES / 2);
        assertThat(report.failures).as("HTTP 500s and unexpected exceptions").isEmpty();
        assertThat(report.changes).as("rows changed by refused cases").isEmpty();
        assertThat(report.unclear).as("refusals without a clear message").isEmpty();
    }
}
