package id.go.jakarta.deskpilkada.integration;

import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "api_client")
class ApiClient extends VersionedEntity {

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

    protected ApiClient() {
    }

    ApiClient(String name, String tokenHash, Instant createdAt, String createdBy) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    String name() {
        return name;
    }

    @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    ApiClientInfo toInfo() {
        return new ApiClientInfo(id(), name, createdAt, createdBy, revokedAt, lastUsedAt, version());
    }
}
