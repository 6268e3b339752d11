package id.go.jakarta.deskpilkada.base.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring's user plus the {@link Actor} the services need. */
public class DeskUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;
    private final Actor actor;

    public DeskUser(Actor actor, String passwordHash, boolean enabled) {
        super(actor.username(), passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority(actor.role().authority())));
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
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
