package id.go.jakarta.deskpilkada.duty.internal;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Removing the exercise's rows (native SQL: the exercise filter must not hide what is removed). */
interface DutyExerciseRepository extends Repository<DutyAssignment, Long> {

    @Modifying
    @Query(
            value =
                    "insert into duty_assignment (posko_id, shift_id, duty_date, officer_id, post_role, starts_at, ends_at, "
                            + "status, signed_in_at, signed_out_at, sign_in_method, replaces_id, note, changed_by, changed_at, version, "
                            + "exercise, desk_id) select d.posko_id, d.shift_id, d.duty_date, d.officer_id, d.post_role, d.starts_at, d.ends_at, "
                            + "d.status, d.signed_in_at, d.signed_out_at, d.sign_in_method, null, d.note, d.changed_by, d.changed_at, 0, "
                            + "true, d.desk_id from duty_assignment d where d.exercise = false and d.desk_id = :desk and d.duty_date between :from and :to "
                            + "and not exists (select 1 from duty_assignment e where e.exercise = true and e.shift_id = d.shift_id "
                            + "and e.duty_date = d.duty_date and e.officer_id = d.officer_id)",
            nativeQuery = true)
    int copyRealRoster(long desk, LocalDate from, LocalDate to);

    @Modifying
    @Query(value = "delete from coverage_state where exercise = true and desk_id = :desk", nativeQuery = true)
    int wipeCoverage(long desk);

    @Modifying
    @Query(
            value = "update duty_assignment set replaces_id = null where exercise = true and desk_id = :desk",
            nativeQuery = true)
    int unlink(long desk);

    @Modifying
    @Query(value = "delete from duty_assignment where exercise = true and desk_id = :desk", nativeQuery = true)
    int wipeAssignments(long desk);
}
