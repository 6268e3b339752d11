package id.go.jakarta.deskpilkada.base.security;

import java.util.Optional;

/**
 * Turns a machine's token into a principal. Features that issue tokens implement it (wall screens,
 * integration clients); the security configuration asks them without knowing the features.
 */
public interface TokenAuthenticator {

    enum Kind {
        WALL_SCREEN,
        API_CLIENT
    }

    Kind kind();

    /** The principal for a valid, unrevoked token; empty for anything else. */
    Optional<DeskUser> authenticate(String token);
}
