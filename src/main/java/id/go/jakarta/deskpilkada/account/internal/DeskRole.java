package id.go.jakarta.deskpilkada.account.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
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

/** A person's role in a desk other than his account's own; a row of the desk where it holds. */
@Entity
@Table(name = "account_desk_role")
public class DeskRole extends VersionedDeskEntity {

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role = Role.PIMPINAN;

    @Column(name = "posko_id")
    private @Nullable Long poskoId;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Column(name = "granted_by")
    private String grantedBy = "";

    @Column(name = "granted_at")
    private Instant grantedAt = Instant.EPOCH;

    protected DeskRole() {}

    public DeskRole(
            long accountId,
            Role role,
            @Nullable Long poskoId,
            @Nullable Long unitId,
            String grantedBy,
            Instant grantedAt) {
        this.accountId = accountId;
        this.role = role;
        this.poskoId = poskoId;
        this.unitId = unitId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public long accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    public @Nullable Long poskoId() {
        return poskoId;
    }

    public @Nullable Long unitId() {
        return unitId;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    /** The person acting in this role's desk: never bound to an officer (officers are on one roster). */
    public Actor actorOf(UserAccount account) {
        Actor home = account.toActor();
        return new Actor(home.username(), home.displayName(), role, poskoId, unitId, null, false, deskId());
    }
}
