package id.go.jakarta.deskpilkada.device;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import java.time.Clock;
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
 * post's devices, ADMIN any post's (an address on a device reaches every leadership wall); the
 * post's officers (Kominfomas technicians are officers) report their status; a monitoring script
 * with an integration token reports status for any device.
 */
@Service
@Transactional(readOnly = true)
public class DeviceService {

    public static final int MAX_NAME = 120;
    public static final int MAX_NOTE = 300;

    private final DeviceRepository devices;
    private final DeviceSnapshot snapshot;
    private final PoskoService posko;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviceService(DeviceRepository devices, DeviceSnapshot snapshot, PoskoService posko,
                  ApplicationEventPublisher events, ExerciseMode mode, Clock clock) {
        this.mode = mode;
        this.devices = devices;
        this.snapshot = snapshot;
        this.posko = posko;
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
        return mayManage(actor, poskoId) || actor.is(Role.PETUGAS) && actor.belongsTo(poskoId)
                || actor.is(Role.INTEGRASI);
    }

    @Transactional
    public DeviceInfo register(DeviceForm form) {
        DeviceForm checked = check(form);
        requireManage(checked.poskoId());
        if (checked.kind() == DeviceKind.TELEKONFERENSI && devices.existsByPoskoIdAndKind(checked.poskoId(),
                DeviceKind.TELEKONFERENSI)) {
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
        DeviceForm checked = check(new DeviceForm(device.poskoId(), device.kind(), form.name(), form.snapshotUrl(),
                form.streamUrl()));
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
     * no version, and simultaneous reports of one device are applied one after the other.
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
        if (!device.report(status, cleanNote, actor.displayName(), clock.instant(), exercise)) {
            // The same status and note again: nothing to store, nothing for the walls.
            return device.toInfo(mode.exercise());
        }
        flush(device);
        changed(device);
        return device.toInfo(mode.exercise());
    }

    /** Activity of the post only when one of its own people did it. */
    private void changed(Device device) {
        events.publishEvent(new DevicesChanged(device.poskoId(), device.id(),
                CurrentActor.require().belongsTo(device.poskoId())));
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
        return new DeviceForm(form.poskoId(), form.kind(), name, snapshotUrl, streamUrl);
    }
}
