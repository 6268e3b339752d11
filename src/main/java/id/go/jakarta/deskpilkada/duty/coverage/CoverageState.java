package id.go.jakarta.deskpilkada.duty.coverage;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.PostModeKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** The last decided coverage state of a post: one row each, locked while a node decides. */
@Entity
@IdClass(PostModeKey.class)
@Filter(name = ExerciseMode.FILTER)
@Table(name = "coverage_state")
class CoverageState {

    /** The desk the row belongs to ({@code @TenantId}, see base.data's DeskTenancy). */
    @TenantId
    @Column(name = "desk_id", nullable = false, updatable = false)
    private @Nullable Long deskId;

    @Id
    @Column(name = "posko_id")
    private long poskoId;

    /** The state while an exercise runs is kept apart from the real one. */
    @Id
    private boolean exercise;

    private boolean gap;

    @Column(name = "gap_since")
    private @Nullable Instant gapSince;

    @Column(name = "shift_key")
    private String shiftKey = "";

    private @Nullable String summary;

    @Column(name = "checked_at")
    private Instant checkedAt = Instant.EPOCH;

    @Version
    private long version;

    protected CoverageState() {}

    CoverageState(long poskoId, boolean exercise) {
        this.poskoId = poskoId;
        this.exercise = exercise;
    }

    long poskoId() {
        return poskoId;
    }

    boolean gap() {
        return gap;
    }

    @Nullable
    Instant gapSince() {
        return gapSince;
    }

    String shiftKey() {
        return shiftKey;
    }

    void update(boolean gap, @Nullable Instant gapSince, String shiftKey, @Nullable String summary, Instant at) {
        this.gap = gap;
        this.gapSince = gapSince;
        this.shiftKey = shiftKey;
        this.summary = summary;
        this.checkedAt = at;
    }
}
