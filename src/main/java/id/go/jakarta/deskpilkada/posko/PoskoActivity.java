package id.go.jakarta.deskpilkada.posko;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last sign of life of one post (one row per post, kept apart so it never bumps the post's version). */
@Entity
@Table(name = "posko_activity")
class PoskoActivity {

    @Id
    @Column(name = "posko_id")
    private long poskoId;

    @Column(name = "last_at")
    private Instant lastAt = Instant.EPOCH;

    private String kind = "";

    protected PoskoActivity() {
    }

    PoskoActivity(long poskoId) {
        this.poskoId = poskoId;
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
