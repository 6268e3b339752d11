package id.go.jakarta.deskpilkada.device.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An allowed camera source, kept by the ADMIN (real data, never part of an exercise). */
@Entity
@Table(name = "camera_source")
public class CameraSource extends VersionedDeskEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CameraSourceKind kind = CameraSourceKind.ADDRESS;

    private String address = "";

    private @Nullable String note;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by")
    private String createdBy = "";

    protected CameraSource() {}

    public CameraSource(CameraSourceKind kind, String address, @Nullable String note, Instant at, String by) {
        this.createdAt = at;
        this.createdBy = by;
        describe(kind, address, note);
    }

    public void describe(CameraSourceKind kind, String address, @Nullable String note) {
        this.kind = kind;
        this.address = address;
        this.note = note;
    }

    public CameraSourceInfo toInfo() {
        return new CameraSourceInfo(id(), kind, address, note, createdAt, createdBy, version());
    }
}
