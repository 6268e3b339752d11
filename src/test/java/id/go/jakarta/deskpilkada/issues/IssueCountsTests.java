package id.go.jakarta.deskpilkada.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The issue counts' recent list: what a picture built later still shows of it. */
class IssueCountsTests {

    private static final Instant COMPUTED = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void an_issue_leaves_the_recent_list_once_it_is_more_than_a_day_old_at_the_time_asked() {
        IssueCounts.Recent early = recent("31.71.01.1001", COMPUTED.minus(Duration.ofHours(23)));
        IssueCounts.Recent late = recent("31.71.01", COMPUTED.minus(Duration.ofMinutes(5)));
        IssueCounts counts = new IssueCounts(Map.of(), Map.of(), List.of(), List.of(early, late), COMPUTED);

        assertThat(counts.recentAt(COMPUTED)).containsExactly(early, late);
        assertThat(counts.recentAt(COMPUTED.plus(Duration.ofHours(1)))).containsExactly(early, late);
        assertThat(counts.recentAt(COMPUTED.plus(Duration.ofHours(1)).plusSeconds(1)))
                .containsExactly(late);
        assertThat(counts.recentAt(COMPUTED.plus(Duration.ofDays(2)))).isEmpty();
    }

    private static IssueCounts.Recent recent(String place, Instant at) {
        return new IssueCounts.Recent(place, Severity.SEDANG, true, at);
    }
}
