package id.go.jakarta.deskpilkada.base.security;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A named bearer token of a machine (a wall screen, an integration client) of one desk: stored
 * only as a hash, issued by an admin, revocable, with the time of its last use kept at minute
 * resolution so that a busy machine does not write on every request.
 */
@MappedSuperclass
public abstract class MachineCredential extends VersionedDeskEntity {

    /**
     * Uses are recorded at most this often per token, by each feature's version-less update (a
     * use is a fact, not an edit: it must not collide with other uses nor with a revocation).
     */
    public static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private String name = "";

    @Column(name = "token_hash")
    private String tokenHash = "";

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by")
    private String createdBy = "";

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    protected MachineCredential() {}

    protected MachineCredential(String name, String token, Instant createdAt, String createdBy) {
        this.name = name;
        this.tokenHash = Tokens.hash(token);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    /** Whether a use now is worth recording (the last recorded one is older than the resolution). */
    public boolean useWorthRecording(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(USE_RESOLUTION));
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Revokes the token (once; a second revocation keeps the first time). */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
