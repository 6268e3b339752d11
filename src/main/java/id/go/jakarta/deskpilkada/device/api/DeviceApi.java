package id.go.jakarta.deskpilkada.device.api;

import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For Kominfomas monitoring scripts (integration token, role INTEGRASI):
 * {@code GET /api/v1/devices} lists every post's devices; {@code PUT /api/v1/devices/{id}/status}
 * with {@code {"status":"UP|DOWN|UNKNOWN","note":"..."}} reports one.
 */
@RestController
@RequestMapping("/api/v1/devices")
class DeviceApi {

    /** A device as the API shows it. */
    record DeviceDto(
            long id,
            String posko,
            DeviceKind kind,
            String name,
            @Nullable String snapshotUrl,
            @Nullable String streamUrl,
            DeviceStatus status,
            Instant statusSince,
            @Nullable String statusNote) {}

    /** A status report. */
    record StatusReport(
            @NotNull DeviceStatus status,
            @Nullable @Size(max = DeviceService.MAX_NOTE) String note) {}

    private final DeviceService devices;
    private final PoskoService posko;

    DeviceApi(DeviceService devices, PoskoService posko) {
        this.devices = devices;
        this.posko = posko;
    }

    @GetMapping
    List<DeviceDto> list() {
        Map<Long, String> codes = codes();
        return devices.byPost().values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingLong(DeviceInfo::id))
                .map(d -> dto(d, codes))
                .toList();
    }

    @PutMapping("/{id}/status")
    DeviceDto report(@PathVariable("id") long id, @Valid @RequestBody StatusReport report) {
        return dto(devices.reportStatus(id, report.status(), report.note()), codes());
    }

    private Map<Long, String> codes() {
        return posko.allTiles().stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::code, (a, b) -> a));
    }

    private static DeviceDto dto(DeviceInfo d, Map<Long, String> codes) {
        return new DeviceDto(
                d.id(),
                codes.getOrDefault(d.poskoId(), "?"),
                d.kind(),
                d.name(),
                d.snapshotUrl(),
                d.streamUrl(),
                d.status(),
                d.statusSince(),
                d.statusNote());
    }
}
