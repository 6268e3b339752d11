package id.go.jakarta.deskpilkada.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The due times per post level, the midnight report and the periods they cover. */
class ReportScheduleTests {

    static final ReportSchedule DEFAULT = new ReportSchedule(new ReportProperties(
            List.of("06:00", "12:00", "18:00", "24:00"),
            List.of("07:00"),
            Duration.ofMinutes(15),
            Duration.ofHours(12),
            Duration.ofSeconds(30)));
    static final LocalDate DAY = LocalDate.of(2017, 2, 14);

    static Instant wib(int day, int hour, int minute) {
        return LocalDateTime.of(2017, 2, day, hour, minute).atZone(Wib.ZONE).toInstant();
    }

    @Test
    void a_wilayah_post_is_due_four_times_a_day_and_the_last_report_falls_at_midnight() {
        assertThat(DEFAULT.duesOf(PoskoLevel.WILAYAH, DAY))
                .containsExactly(wib(14, 6, 0), wib(14, 12, 0), wib(14, 18, 0), wib(15, 0, 0));
        assertThat(DEFAULT.duesOf(PoskoLevel.PROVINSI, DAY)).containsExactly(wib(14, 7, 0));
    }

    @Test
    void the_midnight_report_covers_eighteen_to_twenty_four_and_belongs_to_the_day_it_closes() {
        Instant midnight = wib(15, 0, 0);
        assertThat(DEFAULT.periodStart(PoskoLevel.WILAYAH, midnight)).isEqualTo(wib(14, 18, 0));
        assertThat(ReportSchedule.dayOf(midnight)).isEqualTo(DAY);
        assertThat(ReportSchedule.label(midnight, Locale.forLanguageTag("id"))).isEqualTo("14 Feb 2017 24:00 WIB");
        assertThat(DEFAULT.nextDue(PoskoLevel.WILAYAH, wib(14, 23, 30))).isEqualTo(midnight);
        // The morning report covers the night since the midnight one.
        assertThat(DEFAULT.periodStart(PoskoLevel.WILAYAH, wib(15, 6, 0))).isEqualTo(midnight);
    }

    @Test
    void the_next_due_time_is_strictly_after_and_the_last_one_at_or_before() {
        assertThat(DEFAULT.nextDue(PoskoLevel.WILAYAH, wib(14, 18, 0))).isEqualTo(wib(15, 0, 0));
        assertThat(DEFAULT.lastDue(PoskoLevel.WILAYAH, wib(14, 18, 0))).isEqualTo(wib(14, 18, 0));
        assertThat(DEFAULT.lastDue(PoskoLevel.WILAYAH, wib(14, 5, 59))).isEqualTo(wib(14, 0, 0));
        assertThat(DEFAULT.isDue(PoskoLevel.WILAYAH, wib(14, 12, 0))).isTrue();
        assertThat(DEFAULT.isDue(PoskoLevel.WILAYAH, wib(14, 12, 1))).isFalse();
    }

    @Test
    void the_provincial_daily_report_covers_the_twenty_four_hours_since_the_previous_one() {
        assertThat(DEFAULT.periodStart(PoskoLevel.PROVINSI, wib(14, 7, 0))).isEqualTo(wib(13, 7, 0));
        assertThat(DEFAULT.nextDue(PoskoLevel.PROVINSI, wib(14, 7, 0))).isEqualTo(wib(15, 7, 0));
    }

    @Test
    void a_report_is_late_only_after_the_grace_period() {
        assertThat(DEFAULT.lateAfter(wib(14, 12, 0))).isEqualTo(wib(14, 12, 15));
    }

    @Test
    void the_due_times_between_two_instants_exclude_the_start_and_include_the_end() {
        assertThat(DEFAULT.dues(PoskoLevel.WILAYAH, wib(14, 12, 0), wib(15, 6, 0)))
                .containsExactly(wib(14, 18, 0), wib(15, 0, 0), wib(15, 6, 0));
    }

    @Test
    void a_configured_time_out_of_range_is_refused() {
        assertThatThrownBy(() -> new ReportSchedule(new ReportProperties(
                        List.of("25:00"), List.of("07:00"), Duration.ZERO, Duration.ofHours(1), Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
