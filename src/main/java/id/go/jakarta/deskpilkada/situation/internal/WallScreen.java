package id.go.jakarta.deskpilkada.situation.internal;

import id.go.jakarta.deskpilkada.base.security.MachineCredential;
import id.go.jakarta.deskpilkada.situation.WallScreenInfo;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "wall_screen")
public class WallScreen extends MachineCredential {

    protected WallScreen() {}

    public WallScreen(String name, String token, Instant createdAt, String createdBy) {
        super(name, token, createdAt, createdBy);
    }

    /** Revoked, or never used within the pairing window after it was issued: then expired. */
    public WallScreenService.Status status(Instant now, Duration pairingWindow) {
        if (isRevoked()) {
            return WallScreenService.Status.REVOKED;
        }
        if (lastUsedAt() == null && createdAt().plus(pairingWindow).isBefore(now)) {
            return WallScreenService.Status.EXPIRED;
        }
        return WallScreenService.Status.ACTIVE;
    }

    public WallScreenInfo toInfo(Instant now, Duration pairingWindow) {
        return new WallScreenInfo(
                id(),
                name(),
                createdAt(),
                createdBy(),
                revokedAt(),
                lastUsedAt(),
                status(now, pairingWindow),
                version());
    }
}
