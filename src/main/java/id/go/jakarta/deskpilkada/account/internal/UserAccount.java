package id.go.jakarta.deskpilkada.account.internal;

import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.Role;
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
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {

    private String username = "";

    @Column(name = "display_name")
    private String displayName = "";

    @Column(name = "password_hash")
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role = Role.PETUGAS;

    @Column(name = "posko_id")
    private @Nullable Long poskoId;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Column(name = "officer_id")
    private @Nullable Long officerId;

    private boolean enabled = true;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            @Nullable Long poskoId,
            @Nullable Long unitId,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.poskoId = poskoId;
        this.unitId = unitId;
        this.createdAt = createdAt;
    }

    public void linkOfficer(@Nullable Long officer) {
        this.officerId = officer;
    }

    public Actor toActor() {
        return new Actor(username, displayName, role, poskoId, unitId, officerId, false);
    }

    public AccountInfo toInfo() {
        return new AccountInfo(
                id(), username, displayName, role, poskoId, unitId, officerId, enabled, createdAt, version());
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String username() {
        return username;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
