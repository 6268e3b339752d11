package id.go.jakarta.deskpilkada.posko.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "posko")
public class Posko extends VersionedDeskEntity {

    private String code = "";
    private String name = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PoskoLevel level = PoskoLevel.WILAYAH;

    @Column(name = "wilayah_code")
    private String wilayahCode = "";

    private String address = "";

    @Column(name = "sort_order")
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "alert_level")
    private AlertLevel alertLevel = AlertLevel.NORMAL;

    @Column(name = "alert_reason")
    private @Nullable String alertReason;

    @Column(name = "alert_changed_by")
    private @Nullable String alertChangedBy;

    @Column(name = "alert_changed_at")
    private @Nullable Instant alertChangedAt;

    /** The alert level while an exercise runs (null: normal); the real one above stays as it was. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "exercise_alert_level")
    private @Nullable AlertLevel exerciseAlertLevel;

    @Column(name = "exercise_alert_reason")
    private @Nullable String exerciseAlertReason;

    @Column(name = "exercise_alert_changed_by")
    private @Nullable String exerciseAlertChangedBy;

    @Column(name = "exercise_alert_changed_at")
    private @Nullable Instant exerciseAlertChangedAt;

    private boolean active = true;

    protected Posko() {}

    public Posko(String code, String name, PoskoLevel level, String wilayahCode, String address, int sortOrder) {
        this.code = code;
        describe(name, level, wilayahCode, address, sortOrder);
    }

    public void describe(String name, PoskoLevel level, String wilayahCode, String address, int sortOrder) {
        this.name = name;
        this.level = level;
        this.wilayahCode = wilayahCode;
        this.address = address;
        this.sortOrder = sortOrder;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean active() {
        return active;
    }

    public String code() {
        return code;
    }

    public PoskoLevel level() {
        return level;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String wilayahCode() {
        return wilayahCode;
    }

    public AlertLevel alertLevel(boolean exercise) {
        if (exercise) {
            return exerciseAlertLevel == null ? AlertLevel.NORMAL : exerciseAlertLevel;
        }
        return alertLevel;
    }

    public void changeAlert(AlertLevel level, String reason, String by, Instant at, boolean exercise) {
        if (exercise) {
            this.exerciseAlertLevel = level;
            this.exerciseAlertReason = reason;
            this.exerciseAlertChangedBy = by;
            this.exerciseAlertChangedAt = at;
            return;
        }
        this.alertLevel = level;
        this.alertReason = reason;
        this.alertChangedBy = by;
        this.alertChangedAt = at;
    }

    PoskoTile toTile(String wilayahName, boolean exercise) {
        if (exercise) {
            return new PoskoTile(
                    id(),
                    code,
                    name,
                    level,
                    wilayahCode,
                    wilayahName,
                    address,
                    sortOrder,
                    alertLevel(true),
                    exerciseAlertReason,
                    exerciseAlertChangedBy,
                    exerciseAlertChangedAt,
                    version(),
                    active);
        }
        return new PoskoTile(
                id(),
                code,
                name,
                level,
                wilayahCode,
                wilayahName,
                address,
                sortOrder,
                alertLevel,
                alertReason,
                alertChangedBy,
                alertChangedAt,
                version(),
                active);
    }
}
