package id.go.jakarta.deskpilkada.device.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "device")
public class Device extends VersionedDeskEntity {

    @Column(name = "posko_id")
    private long poskoId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DeviceKind kind = DeviceKind.CCTV;

    private String name = "";

    @Column(name = "snapshot_url")
    private @Nullable String snapshotUrl;

    @Column(name = "stream_url")
    private @Nullable String streamUrl;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DeviceStatus status = DeviceStatus.UNKNOWN;

    @Column(name = "status_since")
    private Instant statusSince = Instant.EPOCH;

    @Column(name = "status_note")
    private @Nullable String statusNote;

    @Column(name = "status_changed_by")
    private @Nullable String statusChangedBy;

    /** The status an exercise gave the device (null: the real one shows through during the exercise). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "exercise_status")
    private @Nullable DeviceStatus exerciseStatus;

    @Column(name = "exercise_status_since")
    private @Nullable Instant exerciseStatusSince;

    @Column(name = "exercise_status_note")
    private @Nullable String exerciseStatusNote;

    @Column(name = "exercise_status_changed_by")
    private @Nullable String exerciseStatusChangedBy;

    protected Device() {}

    public Device(DeviceForm form, Instant now) {
        this.poskoId = form.poskoId();
        this.kind = form.kind();
        this.statusSince = now;
        edit(form);
    }

    public void edit(DeviceForm form) {
        this.name = form.name().strip();
        this.snapshotUrl = form.snapshotUrl();
        this.streamUrl = form.streamUrl();
    }

    /**
     * Changes the status; the "since" moves only when the status really changes. For the exercise
     * when {@code exercise}: then only the exercise's status changes, starting from the real one.
     *
     * @return false when status and note are as they were (nothing changed)
     */
    public boolean report(DeviceStatus reported, @Nullable String note, String by, Instant at, boolean exercise) {
        if (exercise) {
            DeviceStatus current = exerciseStatus != null ? exerciseStatus : status;
            String currentNote = exerciseStatus != null ? exerciseStatusNote : statusNote;
            if (reported == current && Objects.equals(note, currentNote)) {
                return false;
            }
            if (reported != current || exerciseStatusSince == null) {
                this.exerciseStatusSince = reported != current ? at : statusSince;
            }
            this.exerciseStatus = reported;
            this.exerciseStatusNote = note;
            this.exerciseStatusChangedBy = by;
            return true;
        }
        if (reported == status && Objects.equals(note, statusNote)) {
            return false;
        }
        if (reported != status) {
            this.statusSince = at;
        }
        this.status = reported;
        this.statusNote = note;
        this.statusChangedBy = by;
        return true;
    }

    public long poskoId() {
        return poskoId;
    }

    public DeviceKind kind() {
        return kind;
    }

    public DeviceInfo toInfo(boolean exercise) {
        if (exercise && exerciseStatus != null) {
            return new DeviceInfo(
                    id(),
                    poskoId,
                    kind,
                    name,
                    snapshotUrl,
                    streamUrl,
                    exerciseStatus,
                    exerciseStatusSince == null ? statusSince : exerciseStatusSince,
                    exerciseStatusNote,
                    exerciseStatusChangedBy,
                    version());
        }
        return new DeviceInfo(
                id(),
                poskoId,
                kind,
                name,
                snapshotUrl,
                streamUrl,
                status,
                statusSince,
                statusNote,
                statusChangedBy,
                version());
    }
}
