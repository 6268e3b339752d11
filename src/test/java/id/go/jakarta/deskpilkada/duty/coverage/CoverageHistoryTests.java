package id.go.jakarta.deskpilkada.duty.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A post's staffing over a past period, told again from the roster. */
class CoverageHistoryTests {

    static final LocalDate DAY = LocalDate.of(2017, 2, 15);
    final CoverageHistory history = new CoverageHistory(Duration.ofMinutes(15));
    final ShiftInfo morning =
            new ShiftInfo(1, 9, "Pagi", LocalTime.of(7, 0), LocalTime.of(13, 0), 1, true, Map.of(PostRole.STAF, 2), 0);
    final ShiftInfo night = new ShiftInfo(
            2, 9, "Malam", LocalTime.of(19, 0), LocalTime.of(7, 0), 2, true, Map.of(PostRole.OPERATOR, 1), 0);

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Wib.ZONE).toInstant();
    }

    static AssignmentInfo entry(
            long id,
            ShiftInfo shift,
            LocalDate day,
            PostRole role,
            AttendanceStatus status,
            @Nullable Instant in,
            @Nullable Instant out) {
        return new AssignmentInfo(
                id,
                9,
                shift.id(),
                day,
                100 + id,
                role,
                shift.startsAt(day),
                shift.endsAt(day),
                status,
                in,
                out,
                null,
                null,
                null,
                "uji",
                Instant.EPOCH,
                0);
    }

    @Test
    void an_absence_known_at_the_start_is_a_gap_from_the_start_still_open_when_the_period_ends() {
        List<AssignmentInfo> roster = List.of(
                entry(1, morning, DAY, PostRole.STAF, AttendanceStatus.PRESENT, at(DAY, 7, 5), null),
                entry(2, morning, DAY, PostRole.STAF, AttendanceStatus.ABSENT, null, null));

        PeriodCoverage period = history.compute(9, List.of(morning), roster, at(DAY, 6, 0), at(DAY, 12, 0));

        assertThat(period.shifts()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Pagi");
            assertThat(s.required()).isEqualTo(2);
            assertThat(s.present()).isEqualTo(1);
            assertThat(s.absent()).isEqualTo(1);
        });
        assertThat(period.gaps())
                .containsExactly(new PeriodCoverage.Gap("Pagi", at(DAY, 7, 0), at(DAY, 12, 0), 1, true));
        assertThat(period.gapMinutes()).isEqualTo(300);
    }

    @Test
    void a_late_arrival_leaves_a_gap_from_the_end_of_the_grace_period_until_he_signs_in() {
        ShiftInfo single = new ShiftInfo(
                3, 9, "Siang", LocalTime.of(7, 0), LocalTime.of(13, 0), 1, true, Map.of(PostRole.STAF, 1), 0);
        List<AssignmentInfo> roster =
                List.of(entry(1, single, DAY, PostRole.STAF, AttendanceStatus.LATE, at(DAY, 7, 40), null));

        PeriodCoverage period = history.compute(9, List.of(single), roster, at(DAY, 6, 0), at(DAY, 12, 0));

        assertThat(period.gaps())
                .containsExactly(new PeriodCoverage.Gap("Siang", at(DAY, 7, 15), at(DAY, 7, 40), 1, false));
        assertThat(period.gapMinutes()).isEqualTo(25);
        assertThat(period.present()).isEqualTo(1);
    }

    @Test
    void a_night_shift_of_the_day_before_counts_in_the_morning_period_and_a_sign_out_opens_a_gap() {
        List<AssignmentInfo> roster = List.of(entry(
                1,
                night,
                DAY.minusDays(1),
                PostRole.OPERATOR,
                AttendanceStatus.PRESENT,
                at(DAY.minusDays(1), 19, 0),
                at(DAY, 5, 0)));

        PeriodCoverage period = history.compute(9, List.of(night), roster, at(DAY, 0, 0), at(DAY, 6, 0));

        assertThat(period.shifts()).singleElement().satisfies(s -> {
            assertThat(s.startsAt()).isEqualTo(at(DAY.minusDays(1), 19, 0));
            assertThat(s.present()).isEqualTo(1);
        });
        assertThat(period.gaps())
                .containsExactly(new PeriodCoverage.Gap("Malam", at(DAY, 5, 0), at(DAY, 6, 0), 1, true));
        assertThat(period.gapMinutes()).isEqualTo(60);
    }

    @Test
    void an_inactive_shift_without_entries_and_shifts_outside_the_period_do_not_count() {
        ShiftInfo retired = new ShiftInfo(
                4, 9, "Lama", LocalTime.of(8, 0), LocalTime.of(10, 0), 3, false, Map.of(PostRole.STAF, 1), 0);

        PeriodCoverage period =
                history.compute(9, List.of(retired, morning), List.of(), at(DAY, 13, 0), at(DAY, 18, 0));

        assertThat(period.shifts()).isEmpty();
        assertThat(period.gaps()).isEmpty();
        assertThat(period.gapMinutes()).isZero();
    }

    @Test
    void gap_minutes_are_counted_from_exact_instants_so_fractions_of_a_second_add_up() {
        ShiftInfo dawn = new ShiftInfo(
                5, 9, "Subuh", LocalTime.of(1, 0), LocalTime.of(7, 0), 0, true, Map.of(PostRole.OPERATOR, 1), 0);
        Instant leftEarly = at(DAY, 6, 30).plusMillis(300);
        Instant end = at(DAY, 12, 0).plusMillis(400);
        List<AssignmentInfo> roster = List.of(
                entry(1, dawn, DAY, PostRole.OPERATOR, AttendanceStatus.PRESENT, at(DAY, 1, 0), leftEarly),
                entry(2, morning, DAY, PostRole.STAF, AttendanceStatus.ABSENT, null, null),
                entry(3, morning, DAY, PostRole.STAF, AttendanceStatus.ABSENT, null, null));

        PeriodCoverage period = history.compute(9, List.of(dawn, morning), roster, at(DAY, 6, 0), end);

        // 29 min 59.7 s and 300 min 0.4 s: together 330 min 0.1 s.
        assertThat(period.gaps()).extracting(PeriodCoverage.Gap::shift).containsExactly("Subuh", "Pagi");
        assertThat(period.gapMinutes()).isEqualTo(330);
    }
}
