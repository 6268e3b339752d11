package id.go.jakarta.deskpilkada.desk.internal;

import id.go.jakarta.deskpilkada.base.data.AbstractEntity;
import id.go.jakarta.deskpilkada.desk.DeskLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One desk; a desk's code, level, parent and region never change once opened. */
@Entity
@Table(name = "desk")
public class Desk extends AbstractEntity {

    private String code = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DeskLevel level = DeskLevel.KABKOTA;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "region_code")
    private @Nullable String regionCode;

    @Column(name = "holds_election")
    private boolean holdsElection;

    @Column(name = "opened_at")
    private Instant openedAt = Instant.EPOCH;

    protected Desk() {}

    public Desk(
            String code, DeskLevel level, long parentId, String regionCode, boolean holdsElection, Instant openedAt) {
        this.code = code;
        this.level = level;
        this.parentId = parentId;
        this.regionCode = regionCode;
        this.holdsElection = holdsElection;
        this.openedAt = openedAt;
    }

    public String code() {
        return code;
    }

    public DeskLevel level() {
        return level;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public @Nullable String regionCode() {
        return regionCode;
    }

    public boolean holdsElection() {
        return holdsElection;
    }

    /** A desk that only rolled up so far now holds its region's election too. */
    public void holdElection() {
        this.holdsElection = true;
    }
}
