package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.MachineCredential;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.security.TokenAuthenticator;
import id.go.jakarta.deskpilkada.base.security.Tokens;
import id.go.jakarta.deskpilkada.base.security.WallScreenCookie;
import id.go.jakarta.deskpilkada.situation.internal.WallScreen;
import id.go.jakarta.deskpilkada.situation.internal.WallScreenRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wall screens paired by an ADMIN with a device token (shown once, stored hashed). A screen signs
 * in with its token (kept in a cookie on the screen) as LAYAR and never signs out by itself;
 * revoking it ends its sessions on every node at once.
 */
@Service
@Transactional(readOnly = true)
public class WallScreenService implements TokenAuthenticator {

    static final String PREFIX = "dpk_layar_";
    public static final int MAX_NAME = 120;
    /** A token never used to pair a screen stops working after this long (tokens must not lie around). */
    public static final Duration PAIRING_WINDOW = Duration.ofHours(48);

    private final WallScreenRepository screens;
    private final AccountGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WallScreenService(WallScreenRepository screens, AccountGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.screens = screens;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    private static final String PRINCIPAL = "layar:";

    static String principalOf(long screenId) {
        return PRINCIPAL + screenId;
    }

    @Override
    public Kind kind() {
        return Kind.WALL_SCREEN;
    }

    @Override
    @Transactional
    public Optional<DeskUser> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return screens.findByTokenHash(Tokens.hash(token))
                .filter(s -> s.status(now, PAIRING_WINDOW) == Status.ACTIVE)
                .map(screen -> {
                    if (screen.useWorthRecording(now)) {
                        screens.markUsed(screen.id(), now, now.minus(MachineCredential.USE_RESOLUTION));
                    }
                    Actor actor = new Actor(
                            principalOf(screen.id()),
                            screen.name(),
                            Role.LAYAR,
                            null,
                            null,
                            null,
                            false,
                            screen.deskId());
                    return new DeskUser(actor, "", true, false);
                });
    }

    /** Why a token does not pair a screen: unknown, revoked, or expired unused. */
    public Status check(String token) {
        if (!token.startsWith(PREFIX)) {
            return Status.UNKNOWN;
        }
        return screens.findByTokenHash(Tokens.hash(token))
                .map(s -> s.status(clock.instant(), PAIRING_WINDOW))
                .orElse(Status.UNKNOWN);
    }

    /** The state of a screen's token. */
    public enum Status {
        ACTIVE,
        UNKNOWN,
        REVOKED,
        EXPIRED
    }

    public List<WallScreenInfo> list() {
        requireAdmin();
        return screens.findAllByOrderByNameAsc().stream()
                .map(s -> s.toInfo(clock.instant(), PAIRING_WINDOW))
                .toList();
    }

    /** Pairs a new screen, e.g. "Layar Balai Kota 1"; the answer holds its token, shown this once. */
    @Transactional
    public PairedScreen pair(String name) {
        Actor admin = requireAdmin();
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw DeskException.invalid("screen.name.invalid", MAX_NAME);
        }
        if (screens.existsByName(clean)) {
            throw DeskException.conflict("screen.name.taken", clean);
        }
        String token = Tokens.generate(PREFIX);
        WallScreen screen = screens.save(new WallScreen(clean, token, clock.instant(), admin.displayName()));
        return new PairedScreen(screen.toInfo(clock.instant(), PAIRING_WINDOW), token);
    }

    /** Revokes a screen: its token stops working and its open sessions end at their next request. */
    @Transactional
    public WallScreenInfo revoke(long screenId) {
        requireAdmin();
        WallScreen screen = screens.findById(screenId)
                .orElseThrow(() -> DeskException.notFound("screen.notFound", String.valueOf(screenId)));
        screen.revoke(clock.instant());
        WallScreenInfo info = screens.saveAndFlush(screen).toInfo(clock.instant(), PAIRING_WINDOW);
        guard.revokeSessions(principalOf(screenId), WallScreenCookie.SESSION_IDLE.plusDays(1));
        return info;
    }

    /**
     * Gives a screen its own panels, in this order (e.g. only the map on the left screen of a room,
     * the charts on the right), or sends it back to the common playlist (none). Against the version
     * the ADMIN saw; the screen follows at once, on whatever node it is.
     */
    @Transactional
    public WallScreenInfo setPanels(long screenId, long seenVersion, List<WallPanelKind> panels) {
        requireAdmin();
        if (new java.util.HashSet<>(panels).size() != panels.size()) {
            throw DeskException.invalid("wall.settings.duplicate");
        }
        WallScreen screen = screens.findById(screenId)
                .orElseThrow(() -> DeskException.notFound("screen.notFound", String.valueOf(screenId)));
        if (screen.version() != seenVersion) {
            throw DeskException.conflict("screen.stale");
        }
        screen.setPanels(panels);
        WallScreenInfo info;
        try {
            info = screens.saveAndFlush(screen).toInfo(clock.instant(), PAIRING_WINDOW);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw DeskException.conflict("screen.stale");
        }
        events.publishEvent(new WallScreenPanelsChanged(screenId));
        return info;
    }

    /**
     * The own panels of the screen signed in as {@code principal}; empty for a screen
     * following the common playlist, and for people (leadership opening the wall).
     */
    public List<WallPanelKind> panelsOf(String principal) {
        long id = screenIdOf(principal);
        return id < 0 ? List.of() : screens.findById(id).map(WallScreen::panels).orElse(List.of());
    }

    /** The screen id of a screen's principal ("layar:<id>"), or -1 for anyone else. */
    public static long screenIdOf(String principal) {
        try {
            return principal.startsWith(PRINCIPAL) ? Long.parseLong(principal.substring(PRINCIPAL.length())) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Actor requireAdmin() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("screen.forbidden");
        }
        return actor;
    }
}
