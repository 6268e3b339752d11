package id.go.jakarta.deskpilkada.bench.internal;

import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.integration.IssuedApiToken;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.situation.PairedScreen;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the {@code bench} profile only: pairs one wall screen, issues one integration token and
 * registers one camera through the ordinary services (as the system, which is an ADMIN), and
 * writes the tokens to {@code desk.bench.credentials-file} (owner-readable only) for the load
 * client. Many walls may share one screen token, as the browser benchmark's walls do.
 */
@Component
@Profile("bench")
@Order(Ordered.LOWEST_PRECEDENCE)
class BenchCredentials implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchCredentials.class);

    private final WallScreenService screens;
    private final IntegrationService integrations;
    private final DeviceService devices;
    private final PoskoService posko;
    private final Path file;

    BenchCredentials(
            WallScreenService screens,
            IntegrationService integrations,
            DeviceService devices,
            PoskoService posko,
            @Value("${desk.bench.credentials-file:bench-credentials.properties}") Path file) {
        this.screens = screens;
        this.integrations = integrations;
        this.devices = devices;
        this.posko = posko;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String lines = CurrentActor.asSystem(() -> {
            PairedScreen screen = screens.pair("Layar beban " + suffix);
            IssuedApiToken api = integrations.issue("Beban " + suffix);
            long post = posko.tiles().getFirst().id();
            DeviceInfo camera =
                    devices.register(new DeviceForm(post, DeviceKind.CCTV, "Kamera beban " + suffix, null, null));
            return "screenToken=" + screen.token() + "\napiToken=" + api.token() + "\ndeviceId=" + camera.id() + "\n";
        });
        SecretFile.write(file, lines);
        log.warn("Bench profile: wall screen, integration token and camera written to {}", file.toAbsolutePath());
    }
}
