package id.go.jakarta.deskpilkada.duty.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTests {

    static final LocalDate DAY = LocalDate.of(2017, 2, 15);
    final CoverageCalculator calculator = new CoverageCalculator(Duration.ofMinutes(15));
    final ShiftInfo night = new ShiftInfo(
            1,
            9,
            "Malam",
            LocalTime.of(19, 0),
            LocalTime.of(7, 0),
            1,
            true,
            Map.of(PostRole.OPERATOR, 1, PostRole.STAF, 1),
            0);

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Wib.ZONE).toInstant();
    }

    AssignmentInfo entry(long id, PostRole role, AttendanceStatus status) {
        return new AssignmentInfo(
                id,
                9,
                night.id(),
                DAY,
                100 + id,
                role,
                night.startsAt(DAY),
                night.endsAt(DAY),
                status,
                status.onDuty() ? night.startsAt(DAY) : null,
                null,
                null,
                null,
                null,
                "uji",
                Instant.EPOCH,
                0);
    }

    @Test
    void a_shift_across_midnight_ends_the_next_morning_and_still_counts_after_midnight() {
        assertThat(night.crossesMidnight()).isTrue();
        assertThat(night.endsAt(DAY)).isEqualTo(at(DAY.plusDays(1), 7, 0));

        PostCoverage afterMidnight = calculator.compute(
                9,
                List.of(night),
                List.of(
                        entry(1, PostRole.OPERATOR, AttendanceStatus.PRESENT),
                        entry(2, PostRole.STAF, AttendanceStatus.PRESENT)),
                DAY.plusDays(1),
                at(DAY.plusDays(1), 2, 30));

        assertThat(afterMidnight.shifts())
                .singleElement()
                .satisfies(s -> assertThat(s.day()).isEqualTo(DAY));
        assertThat(afterMidnight.present()).isEqualTo(2);
        assertThat(afterMidnight.gap()).isFalse();
    }

    @Test
    void missing_people_are_on_their_way_during_the_grace_period_and_a_gap_after_it() {
        List<AssignmentInfo> team = List.of(
                entry(1, PostRole.OPERATOR, AttendanceStatus.PRESENT),
                entry(2, PostRole.STAF, AttendanceStatus.PLANNED));

        PostCoverage early = calculator.compute(9, List.of(night), team, DAY, at(DAY, 19, 10));
        PostCoverage late = calculator.compute(9, List.of(night), team, DAY, at(DAY, 19, 16));

        assertThat(early.gap()).isFalse();
        assertThat(early.pending()).isEqualTo(1);
        assertThat(late.gap()).isTrue();
        assertThat(late.missing()).containsExactly(new PostCoverage.Missing(PostRole.STAF, 1));
    }

    @Test
    void an_absence_known_in_advance_is_a_gap_even_within_the_grace_period() {
        List<AssignmentInfo> team = List.of(
                entry(1, PostRole.OPERATOR, AttendanceStatus.PRESENT), entry(2, PostRole.STAF, AttendanceStatus.IZIN));

        PostCoverage early = calculator.compute(9, List.of(night), team, DAY, at(DAY, 19, 5));

        assertThat(early.gap()).isTrue();
        assertThat(early.present()).isEqualTo(1);
        assertThat(early.required()).isEqualTo(2);
    }

    @Test
    void nothing_is_required_between_shifts() {
        PostCoverage noon = calculator.compute(9, List.of(night), List.of(), DAY, at(DAY, 12, 0));

        assertThat(noon.shifts()).isEmpty();
        assertThat(noon.required()).isZero();
        assertThat(noon.gap()).isFalse();
    }
}
