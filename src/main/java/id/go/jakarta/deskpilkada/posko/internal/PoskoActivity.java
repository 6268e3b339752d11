package id.go.jakarta.deskpilkada.posko.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.PostModeKey;
import id.go.jakarta.deskpilkada.posko.LastActivity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** The last sign of life of one post (one row per post, kept apart so it never bumps the post's version). */
@Entity
@IdClass(PostModeKey.class)
@Filter(name = ExerciseMode.FILTER)
@Table(name = "posko_activity")
class PoskoActivity {

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

    @Column(name = "last_at")
    private Instant lastAt = Instant.EPOCH;

    private String kind = "";

    protected PoskoActivity() {}

    PoskoActivity(long poskoId, boolean exercise) {
        this.poskoId = poskoId;
        this.exercise = exercise;
    }

    void record(Instant at, String what) {
        if (at.isAfter(lastAt)) {
            this.lastAt = at;
            this.kind = what;
        }
    }

    long poskoId() {
        return poskoId;
    }

    /** False for a post that never showed activity (the row seeded at install). */
    boolean recorded() {
        return lastAt.isAfter(Instant.EPOCH);
    }

    LastActivity toInfo() {
        return new LastActivity(lastAt, kind);
    }
}
