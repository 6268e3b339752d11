package id.go.jakarta.deskpilkada.duty.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagged;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagging;
import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.SignInMethod;
import id.go.jakarta.deskpilkada.staff.PostRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One officer on one shift of one post on one day, and how his attendance stands. */
@Entity
@Table(name = "duty_assignment")
@Filter(name = ExerciseMode.FILTER)
@EntityListeners(ExerciseTagging.class)
public class DutyAssignment extends VersionedDeskEntity implements ExerciseTagged {

    /** True for a row recorded during an exercise; set once, when first saved. */
    private boolean exercise;

    @Column(name = "posko_id")
    private long poskoId;

    @Column(name = "shift_id")
    private long shiftId;

    @Column(name = "duty_date")
    private LocalDate dutyDate = LocalDate.EPOCH;

    @Column(name = "officer_id")
    private long officerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "post_role")
    private PostRole postRole = PostRole.STAF;

    @Column(name = "starts_at")
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at")
    private Instant endsAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AttendanceStatus status = AttendanceStatus.PLANNED;

    @Column(name = "signed_in_at")
    private @Nullable Instant signedInAt;

    @Column(name = "signed_out_at")
    private @Nullable Instant signedOutAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sign_in_method")
    private @Nullable SignInMethod signInMethod;

    @Column(name = "replaces_id")
    private @Nullable Long replacesId;

    private @Nullable String note;

    @Column(name = "changed_by")
    private String changedBy = "";

    @Column(name = "changed_at")
    private Instant changedAt = Instant.EPOCH;

    protected DutyAssignment() {}

    public DutyAssignment(
            ShiftInfo shift,
            LocalDate day,
            long officerId,
            PostRole role,
            @Nullable Long replacesId,
            String by,
            Instant at) {
        this.poskoId = shift.poskoId();
        this.shiftId = shift.id();
        this.dutyDate = day;
        this.officerId = officerId;
        this.postRole = role;
        this.startsAt = shift.startsAt(day);
        this.endsAt = shift.endsAt(day);
        this.replacesId = replacesId;
        changed(by, at);
    }

    /**
     * Signs in (again, after a sign-out: he came back). The first sign-in's time and way are kept
     * as evidence; {@code onDuty} is the status the caller decided (the chief may correct it).
     */
    public void signIn(AttendanceStatus onDuty, SignInMethod method, Instant at, String by) {
        this.status = onDuty;
        if (signedInAt == null) {
            this.signedInAt = at;
            this.signInMethod = method;
        }
        this.signedOutAt = null;
        changed(by, at);
    }

    /** Absent or excused. A recorded sign-in stays on record (a misclick must not erase it). */
    public void markAway(AttendanceStatus away, @Nullable String note, String by, Instant at) {
        this.status = away;
        this.note = note;
        changed(by, at);
    }

    public void signOut(Instant at, String by) {
        this.signedOutAt = at;
        changed(by, at);
    }

    /** The shift's hours changed before this entry's instance began: it follows them. */
    public void retime(ShiftInfo shift, String by, Instant at) {
        this.startsAt = shift.startsAt(dutyDate);
        this.endsAt = shift.endsAt(dutyDate);
        changed(by, at);
    }

    private void changed(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public long poskoId() {
        return poskoId;
    }

    public long officerId() {
        return officerId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public AttendanceStatus status() {
        return status;
    }

    @Nullable
    public Instant signedOutAt() {
        return signedOutAt;
    }

    public AssignmentInfo toInfo() {
        return new AssignmentInfo(
                id(),
                poskoId,
                shiftId,
                dutyDate,
                officerId,
                postRole,
                startsAt,
                endsAt,
                status,
                signedInAt,
                signedOutAt,
                signInMethod,
                replacesId,
                note,
                changedBy,
                changedAt,
                version());
    }

    @Override
    public void tagExercise(boolean exercise) {
        this.exercise = exercise;
    }
}
