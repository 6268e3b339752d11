package id.go.jakarta.deskpilkada.base.security;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current request, from Spring Security's context. Services call this; they
 * never take an actor as a parameter from a view, so a forged request cannot act for someone else.
 */
public final class CurrentActor {

    private static final ThreadLocal<Actor> SYSTEM_WORK = new ThreadLocal<>();

    private CurrentActor() {}

    public static Optional<Actor> find() {
        Actor system = SYSTEM_WORK.get();
        if (system != null) {
            return Optional.of(system);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof DeskUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    /**
     * Whether the person signed in on this request still has to replace a one-time password (see
     * {@link DeskUser#passwordChangeDue()}); false for the system, devices and nobody.
     */
    public static boolean passwordChangeDue() {
        if (SYSTEM_WORK.get() != null) {
            return false;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && auth.getPrincipal() instanceof DeskUser user
                && user.passwordChangeDue();
    }

    /** The actor, or a FORBIDDEN problem when nobody is signed in. */
    public static Actor require() {
        return find().orElseThrow(() -> DeskException.forbidden("auth.required"));
    }

    /** Runs start-up or scheduled work as {@link Actor#SYSTEM}. */
    public static <T> T asSystem(Supplier<T> work) {
        return as(Actor.SYSTEM, work);
    }

    /**
     * Runs server-side work on behalf of a known account (the demo data loader files what a chief
     * or Bakesbangpol would, so that every permission check and record is the real one).
     */
    public static <T> T as(Actor actor, Supplier<T> work) {
        Actor previous = SYSTEM_WORK.get();
        SYSTEM_WORK.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM_WORK.remove();
            } else {
                SYSTEM_WORK.set(previous);
            }
        }
    }
}
