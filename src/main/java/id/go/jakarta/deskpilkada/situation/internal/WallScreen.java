package id.go.jakarta.deskpilkada.situation.internal;

import id.go.jakarta.deskpilkada.base.security.MachineCredential;
import id.go.jakarta.deskpilkada.situation.WallPanelKind;
import id.go.jakarta.deskpilkada.situation.WallScreenInfo;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "wall_screen")
public class WallScreen extends MachineCredential {

    /** The screen's own panels in order (WallPanelKind names, comma-separated); null: the common playlist. */
    @Column(name = "panels")
    private @Nullable String panels;

    protected WallScreen() {}

    /** The screen's own panels in order; empty when it follows the common playlist. */
    public List<WallPanelKind> panels() {
        if (panels == null || panels.isBlank()) {
            return List.of();
        }
        return Arrays.stream(panels.split(",")).map(WallPanelKind::valueOf).toList();
    }

    public void setPanels(List<WallPanelKind> kinds) {
        this.panels =
                kinds.isEmpty() ? null : kinds.stream().map(WallPanelKind::name).collect(Collectors.joining(","));
    }

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
                panels(),
                version());
    }
}
