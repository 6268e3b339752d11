package id.go.jakarta.deskpilkada.base.security;

import java.io.Serial;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal: Spring's user plus the {@link Actor} the services need, and when it was
 * loaded for sign-in (a later revocation of the account ends sessions signed in before it).
 */
public class DeskUser extends User {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Actor actor;
    private final Instant signedInAt;

    public DeskUser(Actor actor, String passwordHash, boolean enabled, boolean locked) {
        super(
                actor.username(),
                passwordHash,
                enabled,
                true,
                true,
                !locked,
                List.of(new SimpleGrantedAuthority(actor.role().authority())));
        this.actor = actor;
        this.signedInAt = Instant.now();
    }

    public Actor actor() {
        return actor;
    }

    public Instant signedInAt() {
        return signedInAt;
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
