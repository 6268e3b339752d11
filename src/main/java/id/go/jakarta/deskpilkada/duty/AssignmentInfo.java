package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.staff.PostRole;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A roster entry: an officer's place on a shift, and his attendance. */
public record AssignmentInfo(
        long id,
        long poskoId,
        long shiftId,
        LocalDate day,
        long officerId,
        PostRole role,
        Instant startsAt,
        Instant endsAt,
        AttendanceStatus status,
        @Nullable Instant signedInAt,
        @Nullable Instant signedOutAt,
        @Nullable SignInMethod method,
        @Nullable Long replacesId,
        @Nullable String note,
        String changedBy,
        Instant changedAt,
        long version)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Signed in and not signed out. */
    public boolean onDuty() {
        return status.onDuty() && signedOutAt == null;
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }
}
