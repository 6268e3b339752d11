package id.go.jakarta.deskpilkada.base.security;

import java.io.Serial;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal: Spring's user plus the {@link Actor} the services need, when it was
 * loaded for sign-in (a later revocation of the account ends sessions signed in before it), and
 * whether the person still has to replace a one-time password (then every screen leads to
 * {@link #PASSWORD_ROUTE} and nothing else opens).
 */
public class DeskUser extends User {

    /** The screen where a person changes his password; the only one open while a change is due. */
    public static final String PASSWORD_ROUTE = "sandi";

    @Serial
    private static final long serialVersionUID = 3L;

    private final Actor actor;
    private final Instant signedInAt;
    private final boolean passwordChangeDue;

    public DeskUser(Actor actor, String passwordHash, boolean enabled, boolean locked) {
        this(actor, passwordHash, enabled, locked, false);
    }

    /**
     * @param passwordChangeDue the password is a one-time one (new account, reset by an ADMIN):
     *                          the person must choose his own before anything else
     */
    public DeskUser(Actor actor, String passwordHash, boolean enabled, boolean locked, boolean passwordChangeDue) {
        this(actor, passwordHash, enabled, locked, passwordChangeDue, Instant.now());
    }

    private DeskUser(
            Actor actor,
            String passwordHash,
            boolean enabled,
            boolean locked,
            boolean passwordChangeDue,
            Instant signedInAt) {
        super(
                actor.username(),
                passwordHash,
                enabled,
                true,
                true,
                !locked,
                List.of(new SimpleGrantedAuthority(actor.role().authority())));
        this.actor = actor;
        this.signedInAt = signedInAt;
        this.passwordChangeDue = passwordChangeDue;
    }

    /**
     * The same sign-in acting as another actor of the same person (he switched desk): same name,
     * password state and sign-in time, so a revocation still ends it.
     */
    public DeskUser actingAs(Actor other) {
        if (!other.username().equals(actor.username())) {
            throw new IllegalArgumentException("another person");
        }
        return new DeskUser(
                other,
                getPassword() == null ? "" : getPassword(),
                isEnabled(),
                !isAccountNonLocked(),
                passwordChangeDue,
                signedInAt);
    }

    public Actor actor() {
        return actor;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    public boolean passwordChangeDue() {
        return passwordChangeDue;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
