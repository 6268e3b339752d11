package id.go.jakarta.deskpilkada.posko;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "posko")
class Posko {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

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

    @Version
    private long version;

    protected Posko() {
    }

    long id() {
        return id == null ? 0 : id;
    }

    String wilayahCode() {
        return wilayahCode;
    }

    long version() {
        return version;
    }

    AlertLevel alertLevel() {
        return alertLevel;
    }

    void changeAlert(AlertLevel level, String reason, String by, Instant at) {
        this.alertLevel = level;
        this.alertReason = reason;
        this.alertChangedBy = by;
        this.alertChangedAt = at;
    }

    PoskoTile toTile(String wilayahName) {
        return new PoskoTile(id(), code, name, level, wilayahCode, wilayahName, address, sortOrder, alertLevel,
                alertReason, alertChangedBy, alertChangedAt, version);
    }
}
