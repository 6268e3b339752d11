package id.go.jakarta.deskpilkada.duty.api;

import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.staff.PostRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For attendance devices at the posts (integration token, role INTEGRASI):
 * {@code POST /api/v1/attendance} with {@code {"nip":"...","posko":"JAKPUS","action":"MASUK|KELUAR"}}
 * signs the officer in to (or out of) his shift at that post that is open now. The time is the
 * server's: a device cannot date a sign-in.
 */
@RestController
@RequestMapping("/api/v1/attendance")
class AttendanceApi {

    enum Action {
        MASUK,
        KELUAR
    }

    record Report(
            @NotBlank @Size(max = 18) String nip,
            @NotBlank @Size(max = 20) String posko,
            @NotNull Action action) {}

    record Recorded(
            long id,
            String posko,
            long shiftId,
            LocalDate day,
            PostRole role,
            AttendanceStatus status,
            @Nullable Instant signedInAt,
            @Nullable Instant signedOutAt) {}

    private final AttendanceService attendance;

    AttendanceApi(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @PostMapping
    Recorded report(@Valid @RequestBody Report report) {
        AssignmentInfo a = attendance.deviceReport(report.nip(), report.posko(), report.action() == Action.MASUK);
        return new Recorded(
                a.id(),
                report.posko().strip().toUpperCase(java.util.Locale.ROOT),
                a.shiftId(),
                a.day(),
                a.role(),
                a.status(),
                a.signedInAt(),
                a.signedOutAt());
    }
}
