package id.go.jakarta.deskpilkada.device;

import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
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
class Device extends VersionedEntity {

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

    protected Device() {
    }

    Device(DeviceForm form, Instant now) {
        this.poskoId = form.poskoId();
        this.kind = form.kind();
        this.statusSince = now;
        edit(form);
    }

    void edit(DeviceForm form) {
        this.name = form.name().strip();
        this.snapshotUrl = form.snapshotUrl();
        this.streamUrl = form.streamUrl();
    }

    /**
     * Changes the status; the "since" moves only when the status really changes.
     *
     * @return false when status and note are as they were (nothing changed)
     */
    boolean report(DeviceStatus reported, @Nullable String note, String by, Instant at) {
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

    long poskoId() {
        return poskoId;
    }

    DeviceKind kind() {
        return kind;
    }

    DeviceInfo toInfo() {
        return new DeviceInfo(id(), poskoId, kind, name, snapshotUrl, streamUrl, status, statusSince, statusNote,
                statusChangedBy, version());
    }
}
