package id.go.jakarta.deskpilkada.device.internal;

import id.go.jakarta.deskpilkada.base.data.DeskEntity;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One reported change of a device's status (or of its note), written with the change: the history
 * a period's outages are read from. Never changed afterwards. The device's name is kept so that
 * the history still reads after the device is removed.
 *
 * <p>Exercise rows are filtered like all exercise data, but the flag is set by the caller rather
 * than by {@link id.go.jakarta.deskpilkada.base.data.ExerciseTagging}: during an exercise a
 * monitoring script still reports the real status, and its rows are real ones.
 */
@Entity
@Table(name = "device_status_change")
@Filter(name = ExerciseMode.FILTER)
public class DeviceStatusChange extends DeskEntity {

    private boolean exercise;

    @Column(name = "device_id")
    private long deviceId;

    @Column(name = "posko_id")
    private long poskoId;

    @Column(name = "device_name")
    private String deviceName = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DeviceStatus status = DeviceStatus.UNKNOWN;

    @Column(name = "changed_at")
    private Instant changedAt = Instant.EPOCH;

    private @Nullable String note;

    @Column(name = "changed_by")
    private String changedBy = "";

    protected DeviceStatusChange() {}

    public DeviceStatusChange(
            long deviceId,
            long poskoId,
            String deviceName,
            DeviceStatus status,
            Instant changedAt,
            @Nullable String note,
            String changedBy,
            boolean exercise) {
        this.deviceId = deviceId;
        this.poskoId = poskoId;
        this.deviceName = deviceName;
        this.status = status;
        this.changedAt = changedAt;
        this.note = note;
        this.changedBy = changedBy;
        this.exercise = exercise;
    }

    public long deviceId() {
        return deviceId;
    }

    public String deviceName() {
        return deviceName;
    }

    public DeviceStatus status() {
        return status;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
