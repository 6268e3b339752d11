package id.go.jakarta.deskpilkada.base.security;

import com.hazelcast.core.EntryView;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Cluster-wide guards on accounts, kept in Hazelcast so every node enforces them at once:
 * <ul>
 * <li>revocation: a disabled account, or one whose password was reset, loses every session
 * signed in before that moment, on every node, at its next request;</li>
 * <li>throttling: after {@value #MAX_FAILURES} wrong passwords in a row an account is locked for
 * {@link #LOCK_TIME} (counted from the last failure); an ADMIN may lift a lock earlier.</li>
 * </ul>
 */
@Component
public class AccountGuard {

    /** Hazelcast map of revocation times by username. */
    public static final String REVOCATIONS = "desk-account-revocations";

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(5);
    private static final Duration REVOCATION_MEMORY = Duration.ofDays(2);
    private static final Logger log = LoggerFactory.getLogger(AccountGuard.class);

    private final IMap<String, Instant> revoked;
    private final IMap<String, Integer> failures;

    AccountGuard(HazelcastInstance hazelcast) {
        this.revoked = hazelcast.getMap(REVOCATIONS);
        this.failures = hazelcast.getMap("desk-login-failures");
    }

    /** Ends the account's existing sessions everywhere (they are checked on every request). */
    public void revokeSessions(String username) {
        revokeSessions(username, REVOCATION_MEMORY);
    }

    /**
     * The same, remembered for as long as such sessions can live (a wall screen's session idles
     * for up to {@link WallScreenCookie#SESSION_IDLE}).
     */
    public void revokeSessions(String username, Duration remember) {
        revoked.set(key(username), Instant.now(), remember.toSeconds(), TimeUnit.SECONDS);
    }

    public boolean isRevoked(DeskUser user) {
        Instant at = revoked.get(key(user.getUsername()));
        return at != null && !at.isBefore(user.signedInAt());
    }

    public boolean isLocked(String username) {
        Integer count = failures.get(key(username));
        return count != null && count >= MAX_FAILURES;
    }

    /** When the lock on that name ends, if it is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        EntryView<String, Integer> entry = failures.getEntryView(key(username));
        if (entry == null || entry.getValue() == null || entry.getValue() < MAX_FAILURES) {
            return Optional.empty();
        }
        long expires = entry.getExpirationTime();
        return Optional.of(
                expires > 0 && expires < Long.MAX_VALUE
                        ? Instant.ofEpochMilli(expires)
                        : Instant.now().plus(LOCK_TIME));
    }

    /** Every name locked now (also names of no account: the lock does not tell which exist), with its end. */
    public Map<String, Instant> lockedUntil() {
        Map<String, Instant> locked = new HashMap<>();
        for (String username : failures.keySet()) {
            lockedUntil(username).ifPresent(until -> locked.put(username, until));
        }
        return locked;
    }

    /** Lifts the lock on that name at once, on every node, and forgets its wrong passwords. */
    public void unlock(String username) {
        failures.delete(key(username));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(event.getAuthentication().getName());
        Integer count = failures.merge(username, 1, Integer::sum);
        failures.setTtl(username, LOCK_TIME.toSeconds(), TimeUnit.SECONDS);
        if (count != null && count == MAX_FAILURES) {
            log.warn("Account {} locked for {} after {} wrong passwords", username, LOCK_TIME, MAX_FAILURES);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.delete(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
