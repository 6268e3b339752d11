package id.go.jakarta.deskpilkada.posko.internal;

import id.go.jakarta.deskpilkada.base.data.DeskEntity;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagged;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagging;
import id.go.jakarta.deskpilkada.posko.AlertHistoryEntry;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a post's alert history; never changed once written. */
@Entity
@Immutable
@Table(name = "posko_alert_change")
@Filter(name = ExerciseMode.FILTER)
@EntityListeners(ExerciseTagging.class)
public class PoskoAlertChange extends DeskEntity implements ExerciseTagged {

    /** True for a row recorded during an exercise; set once, when first saved. */
    private boolean exercise;

    @Column(name = "posko_id")
    private long poskoId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_level")
    private AlertLevel fromLevel = AlertLevel.NORMAL;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_level")
    private AlertLevel toLevel = AlertLevel.NORMAL;

    private String reason = "";

    @Column(name = "changed_by")
    private String changedBy = "";

    @Column(name = "changed_at")
    private Instant changedAt = Instant.EPOCH;

    protected PoskoAlertChange() {}

    public PoskoAlertChange(
            long poskoId,
            AlertLevel fromLevel,
            AlertLevel toLevel,
            String reason,
            String changedBy,
            Instant changedAt) {
        this.poskoId = poskoId;
        this.fromLevel = fromLevel;
        this.toLevel = toLevel;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public AlertHistoryEntry toEntry() {
        return new AlertHistoryEntry(fromLevel, toLevel, reason, changedBy, changedAt);
    }

    @Override
    public void tagExercise(boolean exercise) {
        this.exercise = exercise;
    }
}
