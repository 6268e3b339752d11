package id.go.jakarta.deskpilkada.device;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.device.internal.Device;
import id.go.jakarta.deskpilkada.device.internal.DeviceRepository;
import id.go.jakarta.deskpilkada.device.internal.DeviceSnapshot;
import id.go.jakarta.deskpilkada.device.internal.DeviceStatusChange;
import id.go.jakarta.deskpilkada.device.internal.DeviceStatusChangeRepository;
import id.go.jakarta.deskpilkada.device.internal.DeviceUrls;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts' CCTV cameras and teleconference endpoints. A post's chief registers and edits his own
 * post's devices, ADMIN any post's; a camera's snapshot address must lie inside a source the ADMIN
 * allowed ({@link CameraSourceService}), since the server fetches it for every leadership wall
 * ({@link CameraSnapshots}). The post's officers (Kominfomas technicians are officers) report their
 * status; a monitoring script with an integration token reports status for any device.
 */
@Service
@Transactional(readOnly = true)
public class DeviceService {

    public static final int MAX_NAME = 120;
    public static final int MAX_NOTE = 300;

    private final DeviceRepository devices;
    private final DeviceStatusChangeRepository history;
    private final DeviceSnapshot snapshot;
    private final PoskoService posko;
    private final CameraSourceService cameraSources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviceService(
            DeviceRepository devices,
            DeviceStatusChangeRepository history,
            DeviceSnapshot snapshot,
            PoskoService posko,
            CameraSourceService cameraSources,
            ApplicationEventPublisher events,
            ExerciseMode mode,
            Clock clock) {
        this.mode = mode;
        this.devices = devices;
        this.history = history;
        this.snapshot = snapshot;
        this.posko = posko;
        this.cameraSources = cameraSources;
        this.events = events;
        this.clock = clock;
    }

    private final ExerciseMode mode;

    /** Every post's devices, from the live snapshot (no database transaction). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Map<Long, List<DeviceInfo>> byPost() {
        return snapshot.all();
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<DeviceInfo> ofPost(long poskoId) {
        return byPost().getOrDefault(poskoId, List.of());
    }

    /** Whether the actor may register, edit and remove devices at that post. */
    public boolean mayManage(Actor actor, long poskoId) {
        return actor.is(Role.ADMIN) || actor.is(Role.KETUA_POSKO) && actor.belongsTo(poskoId);
    }

    /** Whether the actor may report the status of that post's devices. */
    public boolean mayReport(Actor actor, long poskoId) {
        return mayManage(actor, poskoId)
                || actor.is(Role.PETUGAS) && actor.belongsTo(poskoId)
                || actor.is(Role.INTEGRASI);
    }

    @Transactional
    public DeviceInfo register(DeviceForm form) {
        DeviceForm checked = check(form);
        requireManage(checked.poskoId());
        if (checked.kind() == DeviceKind.TELEKONFERENSI
                && devices.existsByPoskoIdAndKind(checked.poskoId(), DeviceKind.TELEKONFERENSI)) {
            throw DeskException.conflict("device.teleconference.exists");
        }
        Device device = devices.saveAndFlush(new Device(checked, clock.instant()));
        changed(device);
        return device.toInfo(mode.exercise());
    }

    @Transactional
    public DeviceInfo edit(long deviceId, DeviceForm form, long seenVersion) {
        Device device = find(deviceId);
        requireManage(device.poskoId());
        DeviceForm checked = check(
                new DeviceForm(device.poskoId(), device.kind(), form.name(), form.snapshotUrl(), form.streamUrl()));
        if (device.version() != seenVersion) {
            throw DeskException.conflict("device.stale");
        }
        device.edit(checked);
        flush(device);
        changed(device);
        return device.toInfo(mode.exercise());
    }

    @Transactional
    public void remove(long deviceId, long seenVersion) {
        Device device = find(deviceId);
        requireManage(device.poskoId());
        if (device.version() != seenVersion) {
            throw DeskException.conflict("device.stale");
        }
        devices.delete(device);
        devices.flush();
        changed(device);
    }

    /**
     * Records a device's status, from a post's screen or from a monitoring script (INTEGRASI).
     * Reporting the same status again keeps its "since". A report is a fact, not an edit: it needs
     * no version, and simultaneous reports of one device are applied one after the other. Every
     * change is also added to the device's status history, in the same transaction (an exercise's
     * change as an exercise row).
     */
    @Transactional
    public DeviceInfo reportStatus(long deviceId, DeviceStatus status, @Nullable String note) {
        Actor actor = CurrentActor.require();
        Device device;
        try {
            device = devices.findForReport(deviceId)
                    .orElseThrow(() -> DeskException.notFound("device.notFound", String.valueOf(deviceId)));
        } catch (PessimisticLockingFailureException busy) {
            throw DeskException.conflict("device.busy");
        }
        if (!mayReport(actor, device.poskoId())) {
            throw DeskException.forbidden("device.forbidden");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw DeskException.invalid("device.note.tooLong", MAX_NOTE);
        }
        // During an exercise people play the scenario; a monitoring script keeps reporting the real state.
        boolean exercise = mode.exercise() && !actor.is(Role.INTEGRASI);
        Instant now = clock.instant();
        if (!device.report(status, cleanNote, actor.displayName(), now, exercise)) {
            // The same status and note again: nothing to store, nothing for the walls.
            return device.toInfo(mode.exercise());
        }
        flush(device);
        history.saveAndFlush(new DeviceStatusChange(
                device.id(),
                device.poskoId(),
                device.toInfo(false).name(),
                status,
                now,
                cleanNote,
                actor.displayName(),
                exercise));
        changed(device);
        return device.toInfo(mode.exercise());
    }

    /**
     * Every time one of the post's devices was down during {@code from}..{@code to}: down before
     * {@code to} and not up again before {@code from}; with when it came up again (also if that was
     * after {@code to}) or null while it is still down. From the status history; a device never
     * reported since the history began counts with its current status and "since". In an exercise,
     * the exercise's history. Names and times only: any role may read it, like {@link #byPost()}.
     */
    public List<DeviceOutage> outages(long poskoId, Instant from, Instant to) {
        Map<Long, List<DeviceStatusChange>> changes = new LinkedHashMap<>();
        for (DeviceStatusChange c : history.lastBefore(poskoId, from)) {
            changes.computeIfAbsent(c.deviceId(), d -> new ArrayList<>()).add(c);
        }
        for (DeviceStatusChange c :
                history.findByPoskoIdAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(poskoId, from)) {
            changes.computeIfAbsent(c.deviceId(), d -> new ArrayList<>()).add(c);
        }
        Map<Long, String> names = new HashMap<>();
        List<DeviceOutage> outages = new ArrayList<>();
        for (Device device : devices.findByPoskoIdOrderByKindAscNameAsc(poskoId)) {
            DeviceInfo info = device.toInfo(mode.exercise());
            names.put(info.id(), info.name());
            if (!changes.containsKey(info.id())
                    && info.status() == DeviceStatus.DOWN
                    && info.statusSince().isBefore(to)) {
                outages.add(new DeviceOutage(info.id(), info.name(), info.statusSince(), null));
            }
        }
        for (Map.Entry<Long, List<DeviceStatusChange>> device : changes.entrySet()) {
            Instant downSince = null;
            String name = names.getOrDefault(
                    device.getKey(), device.getValue().getLast().deviceName());
            for (DeviceStatusChange c : device.getValue()) {
                if (c.status() == DeviceStatus.DOWN && downSince == null) {
                    downSince = c.changedAt();
                } else if (c.status() != DeviceStatus.DOWN && downSince != null) {
                    outages.add(new DeviceOutage(device.getKey(), name, downSince, c.changedAt()));
                    downSince = null;
                }
            }
            if (downSince != null) {
                outages.add(new DeviceOutage(device.getKey(), name, downSince, null));
            }
        }
        return outages.stream()
                .filter(o -> o.downSince().isBefore(to)
                        && (o.upAt() == null || o.upAt().isAfter(from)))
                .sorted(Comparator.comparing(DeviceOutage::downSince).thenComparing(DeviceOutage::name))
                .toList();
    }

    /** Activity of the post only when one of its own people did it. */
    private void changed(Device device) {
        events.publishEvent(new DevicesChanged(
                device.poskoId(), device.id(), CurrentActor.require().belongsTo(device.poskoId())));
    }

    private void flush(Device device) {
        try {
            devices.saveAndFlush(device);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw DeskException.conflict("device.stale");
        }
    }

    private Device find(long deviceId) {
        return devices.findById(deviceId)
                .orElseThrow(() -> DeskException.notFound("device.notFound", String.valueOf(deviceId)));
    }

    private void requireManage(long poskoId) {
        if (!mayManage(CurrentActor.require(), poskoId)) {
            throw DeskException.forbidden("device.forbidden");
        }
    }

    private DeviceForm check(DeviceForm form) {
        if (posko.tile(form.poskoId()).isEmpty()) {
            throw DeskException.notFound("posko.notFound", String.valueOf(form.poskoId()));
        }
        if (form.kind() == null) {
            throw DeskException.invalid("device.kind.required");
        }
        String name = form.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DeskException.invalid("device.name.invalid", MAX_NAME);
        }
        String snapshotUrl = DeviceUrls.check(form.snapshotUrl(), "device.snapshotUrl");
        String streamUrl = DeviceUrls.check(form.streamUrl(), "device.streamUrl");
        if (form.kind() == DeviceKind.TELEKONFERENSI && snapshotUrl != null) {
            throw DeskException.invalid("device.teleconference.noSnapshot");
        }
        if (snapshotUrl != null) {
            // The server fetches snapshots for the walls, only from where the ADMIN allowed.
            cameraSources.rules().check(snapshotUrl);
        }
        return new DeviceForm(form.poskoId(), form.kind(), name, snapshotUrl, streamUrl);
    }
}
