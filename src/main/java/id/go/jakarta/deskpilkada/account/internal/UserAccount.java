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

    /** The desk the person works in; null for the deployment's own accounts (see {@link Actor#deskId()}). */
    @Column(name = "desk_id", updatable = false)
    private @Nullable Long deskId;

    private @Nullable String phone;

    private @Nullable String email;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected UserAccount() {}

    /**
     * @param oneTimePassword the password was made for the person, who must replace it at the first
     *                        sign-in (see {@link #setPassword})
     */
    public UserAccount(
            String username,
            String displayName,
            String passwordHash,
            boolean oneTimePassword,
            Role role,
            @Nullable Long poskoId,
            @Nullable Long unitId,
            @Nullable String phone,
            @Nullable String email,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.mustChangePassword = oneTimePassword;
        this.role = role;
        this.poskoId = poskoId;
        this.unitId = unitId;
        this.phone = phone;
        this.email = email;
        this.createdAt = createdAt;
    }

    /** Name, role, binding and contact, as checked by the service; a post changed unlinks the officer. */
    public void edit(
            String displayName,
            Role role,
            @Nullable Long poskoId,
            @Nullable Long unitId,
            @Nullable String phone,
            @Nullable String email) {
        if (!java.util.Objects.equals(this.poskoId, poskoId)) {
            this.officerId = null;
        }
        this.displayName = displayName;
        this.role = role;
        this.poskoId = poskoId;
        this.unitId = unitId;
        this.phone = phone;
        this.email = email;
    }

    public void linkOfficer(@Nullable Long officer) {
        this.officerId = officer;
    }

    public Actor toActor() {
        return new Actor(username, displayName, role, poskoId, unitId, officerId, false, deskId);
    }

    /** Places a new account in its desk (null: the deployment's own account). */
    public void placeIn(@Nullable Long desk) {
        this.deskId = desk;
    }

    public @Nullable Long deskId() {
        return deskId;
    }

    public Role role() {
        return role;
    }

    public AccountInfo toInfo() {
        return new AccountInfo(
                id(),
                username,
                displayName,
                role,
                poskoId,
                unitId,
                officerId,
                phone,
                email,
                enabled,
                mustChangePassword,
                null,
                createdAt,
                version());
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
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

    /**
     * @param oneTime a password made for the person (new account, reset), to be replaced at the
     *                next sign-in; false for one the person chose
     */
    public void setPassword(String passwordHash, boolean oneTime) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = oneTime;
    }
}
