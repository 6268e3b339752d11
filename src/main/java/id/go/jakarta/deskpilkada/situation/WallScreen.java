package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "wall_screen")
class WallScreen extends VersionedEntity {

    private String name = "";

    @Column(name = "token_hash")
    private String tokenHash = "";

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by")
    private String createdBy = "";

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_seen_at")
    private @Nullable Instant lastSeenAt;

    protected WallScreen() {
    }

    WallScreen(String name, String tokenHash, Instant createdAt, String createdBy) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Revoked, or never used within the pairing window after it was issued: then expired. */
    WallScreenService.Status status(Instant now, java.time.Duration pairingWindow) {
        if (revokedAt != null) {
            return WallScreenService.Status.REVOKED;
        }
        if (lastSeenAt == null && createdAt.plus(pairingWindow).isBefore(now)) {
            return WallScreenService.Status.EXPIRED;
        }
        return WallScreenService.Status.ACTIVE;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    String name() {
        return name;
    }

    @Nullable Instant lastSeenAt() {
        return lastSeenAt;
    }

    void seen(Instant at) {
        this.lastSeenAt = at;
    }

    WallScreenInfo toInfo() {
        return new WallScreenInfo(id(), name, createdAt, createdBy, revokedAt, lastSeenAt, version());
    }
}
