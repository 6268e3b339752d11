package id.go.jakarta.deskpilkada.base.security;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current request, from Spring Security's context. Services call this; they
 * never take an actor as a parameter from a view, so a forged request cannot act for someone else.
 */
public final class CurrentActor {

    private static final ThreadLocal<Actor> SYSTEM_WORK = new ThreadLocal<>();
    /** Set while work runs for nobody in particular in one desk ({@link #nobodyIn}). */
    private static final ThreadLocal<Long> NOBODY_IN = new ThreadLocal<>();

    private CurrentActor() {}

    public static Optional<Actor> find() {
        Actor system = SYSTEM_WORK.get();
        if (system != null) {
            return Optional.of(system);
        }
        if (NOBODY_IN.get() != null) {
            return Optional.empty();
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

    /**
     * Runs work for nobody in particular, in that desk: what anyone may see of the desk, such as the
     * wall's picture (public numbers), read from the desk's rows whoever's thread asks.
     */
    public static <T> T nobodyIn(long desk, Supplier<T> work) {
        Actor previousActor = SYSTEM_WORK.get();
        Long previousDesk = NOBODY_IN.get();
        SYSTEM_WORK.remove();
        NOBODY_IN.set(desk);
        try {
            return work.get();
        } finally {
            restore(NOBODY_IN, previousDesk);
            restore(SYSTEM_WORK, previousActor);
        }
    }

    /**
     * The desk id that stands for every desk at once: Hibernate's root tenant, which reads any
     * desk's rows ({@link #acrossDesks}).
     */
    public static final long EVERY_DESK = -1;

    /**
     * Runs a lookup that must find a row in whichever desk it is: a machine's token (a wall screen
     * or an API client of any desk signs in on any node). Only for lookups by a secret; what is
     * found is then used in its own desk. The lookup must open its own Hibernate session (a service
     * method called outside any transaction, or a new transaction): a session already open on this
     * thread keeps the desk it was opened in.
     */
    public static <T> T acrossDesks(Supplier<T> lookup) {
        return nobodyIn(EVERY_DESK, lookup);
    }

    /** The desk of the work running for nobody in particular ({@link #nobodyIn}), if any. */
    public static Optional<Long> nobodysDesk() {
        return SYSTEM_WORK.get() != null ? Optional.empty() : Optional.ofNullable(NOBODY_IN.get());
    }

    private static <V> void restore(ThreadLocal<V> local, @Nullable V previous) {
        if (previous == null) {
            local.remove();
        } else {
            local.set(previous);
        }
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
            restore(SYSTEM_WORK, previous);
        }
    }
}
