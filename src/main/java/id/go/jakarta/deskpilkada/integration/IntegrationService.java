package id.go.jakarta.deskpilkada.integration;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.MachineCredential;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.security.TokenAuthenticator;
import id.go.jakarta.deskpilkada.base.security.Tokens;
import id.go.jakarta.deskpilkada.integration.internal.ApiClient;
import id.go.jakarta.deskpilkada.integration.internal.ApiClientRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists and revokes integration clients; authenticates their API requests. */
@Service
@Transactional(readOnly = true)
public class IntegrationService implements TokenAuthenticator {

    static final String PREFIX = "dpk_api_";
    public static final int MAX_NAME = 120;

    private final ApiClientRepository clients;
    private final Clock clock;

    IntegrationService(ApiClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Kind kind() {
        return Kind.API_CLIENT;
    }

    @Override
    @Transactional
    public Optional<DeskUser> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return clients.findByTokenHash(Tokens.hash(token))
                .filter(c -> !c.isRevoked())
                .map(client -> {
                    Instant now = clock.instant();
                    if (client.useWorthRecording(now)) {
                        clients.markUsed(client.id(), now, now.minus(MachineCredential.USE_RESOLUTION));
                    }
                    Actor actor = new Actor(
                            "api:" + client.id(),
                            client.name(),
                            Role.INTEGRASI,
                            null,
                            null,
                            null,
                            false,
                            client.deskId());
                    return new DeskUser(actor, "", true, false);
                });
    }

    public List<ApiClientInfo> list() {
        requireAdmin();
        return clients.findAllByOrderByNameAsc().stream().map(ApiClient::toInfo).toList();
    }

    /** A new client; its token is in the answer and nowhere else. */
    @Transactional
    public IssuedApiToken issue(String name) {
        Actor admin = requireAdmin();
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw DeskException.invalid("integration.name.invalid", MAX_NAME);
        }
        if (clients.existsByName(clean)) {
            throw DeskException.conflict("integration.name.taken", clean);
        }
        String token = Tokens.generate(PREFIX);
        ApiClient client = clients.save(new ApiClient(clean, token, clock.instant(), admin.displayName()));
        return new IssuedApiToken(client.toInfo(), token);
    }

    /** Revokes a client: its next request is refused. */
    @Transactional
    public ApiClientInfo revoke(long clientId) {
        requireAdmin();
        ApiClient client = clients.findById(clientId)
                .orElseThrow(() -> DeskException.notFound("integration.notFound", String.valueOf(clientId)));
        client.revoke(clock.instant());
        return clients.saveAndFlush(client).toInfo();
    }

    private static Actor requireAdmin() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("integration.forbidden");
        }
        return actor;
    }
}
