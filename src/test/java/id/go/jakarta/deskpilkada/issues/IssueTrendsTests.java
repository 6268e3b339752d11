package id.go.jakarta.deskpilkada.issues;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The boards' 14-day numbers per wilayah and post, kept in the live snapshot. */
@SpringBootTest
@ActiveProfiles("test")
class IssueTrendsTests {

    static final String JAKPUS = "31.71";
    static final String GAMBIR_KEL = "31.71.01.1001";

    @Autowired
    IssueTrends trends;

    @Autowired
    IssueService issues;

    @Autowired
    PoskoService posko;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_filed_issue_counts_as_reported_today_and_a_resolved_one_as_closed_for_its_wilayah_and_post() {
        IssueTrend before = trends.trend();
        int today = IssueTrend.DAYS - 1;
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue = issues.file(
                new IssueForm(
                        "Banjir di lokasi TPS",
                        null,
                        category(),
                        Severity.TINGGI,
                        null,
                        null,
                        GAMBIR_KEL,
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                null);
        IssueTrend filed = trends.trend();
        assertThat(filed.days().getLast()).isEqualTo(filed.firstDay().plusDays(today));
        assertThat(filed.wilayah(JAKPUS).opened().get(today))
                .isEqualTo(before.wilayah(JAKPUS).opened().get(today) + 1);
        assertThat(filed.post(post("JAKPUS")).opened().get(today))
                .isEqualTo(before.post(post("JAKPUS")).opened().get(today) + 1);

        IssueInfo verified = issues.verify(issue.id(), issue.version());
        issues.reject(verified.id(), verified.version(), Rejection.DI_LUAR_LINGKUP, null);
        IssueTrend closed = trends.trend();
        assertThat(closed.wilayah(JAKPUS).closed().get(today))
                .isEqualTo(before.wilayah(JAKPUS).closed().get(today) + 1);
        assertThat(trends.reconcile())
                .as("the snapshot kept up with every change")
                .isFalse();
    }

    private long category() {
        return issues.categories().stream()
                .filter(c -> c.code().equals("BENCANA"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long post(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .map(PoskoTile::id)
                .orElseThrow();
    }
}
