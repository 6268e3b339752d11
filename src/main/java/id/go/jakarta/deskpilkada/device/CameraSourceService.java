package id.go.jakarta.deskpilkada.device;

import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.device.camera.CameraPolicy;
import id.go.jakarta.deskpilkada.device.internal.CameraSource;
import id.go.jakarta.deskpilkada.device.internal.CameraSourceRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The camera sources the ADMIN allows: the server fetches a CCTV snapshot only from an address
 * inside one of them ({@link CameraRules}), so no chief can make the server fetch from anywhere
 * else. Each change is checked against the version the ADMIN saw, recorded in the audit trail and
 * announced to every node ({@link CameraSourcesChanged}): the walls, the device screens and the
 * snapshot cache follow at once.
 */
@Service
@Transactional(readOnly = true)
public class CameraSourceService {

    /** Longest entry and note accepted (the columns hold 300 and 200). */
    public static final int MAX_ADDRESS = CameraPolicy.MAX_ADDRESS;

    public static final int MAX_NOTE = 200;

    private static final String SUBJECT = "camera.source";

    private final CameraSourceRepository sources;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CameraSourceService(
            CameraSourceRepository sources, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.sources = sources;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every allowed source, addresses first; ADMIN only. */
    public List<CameraSourceInfo> list() {
        requireAdmin();
        return all();
    }

    /** The allowed sources as rules, for any caller (the wall, the device screens, the fetch). */
    public CameraRules rules() {
        return CameraPolicy.of(all());
    }

    @Transactional
    public CameraSourceInfo add(CameraSourceForm form) {
        Actor admin = requireAdmin();
        CameraSourceForm checked = check(form);
        if (sources.existsByAddress(checked.address())) {
            throw DeskException.conflict("cameraSources.taken", checked.address());
        }
        CameraSource source = new CameraSource(
                checked.kind(), checked.address(), checked.note(), clock.instant(), admin.displayName());
        CameraSourceInfo added = save(source, checked.address());
        audit.record(SUBJECT, String.valueOf(added.id()), "created", added.address(), null, fields(added));
        events.publishEvent(new CameraSourcesChanged(added.id()));
        return added;
    }

    /** Rewrites a source against the version the ADMIN saw. */
    @Transactional
    public CameraSourceInfo update(long id, long seenVersion, CameraSourceForm form) {
        requireAdmin();
        CameraSource source = seen(id, seenVersion);
        CameraSourceForm checked = check(form);
        if (sources.existsByAddressAndIdNot(checked.address(), id)) {
            throw DeskException.conflict("cameraSources.taken", checked.address());
        }
        CameraSourceInfo before = source.toInfo();
        source.describe(checked.kind(), checked.address(), checked.note());
        CameraSourceInfo after = save(source, checked.address());
        audit.record(SUBJECT, String.valueOf(id), "updated", after.address(), fields(before), fields(after));
        if (after.version() != before.version()) {
            events.publishEvent(new CameraSourcesChanged(id));
        }
        return after;
    }

    /**
     * Removes a source against the version the ADMIN saw. Devices whose address it allowed keep the
     * address; the walls show them without an image and the device screen says why.
     */
    @Transactional
    public void remove(long id, long seenVersion) {
        requireAdmin();
        CameraSource source = seen(id, seenVersion);
        CameraSourceInfo before = source.toInfo();
        sources.delete(source);
        try {
            sources.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(before.address());
        }
        audit.record(SUBJECT, String.valueOf(id), "deleted", before.address(), fields(before), null);
        events.publishEvent(new CameraSourcesChanged(id));
    }

    private List<CameraSourceInfo> all() {
        return sources.findAllByOrderByKindAscAddressAsc().stream()
                .map(CameraSource::toInfo)
                .toList();
    }

    private static CameraSourceForm check(CameraSourceForm form) {
        if (form.kind() == null) {
            throw DeskException.invalid("cameraSources.kind.required");
        }
        String address = CameraPolicy.normalize(form.kind(), form.address());
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip().replaceAll("\\s+", " ");
        if (note != null && note.length() > MAX_NOTE) {
            throw DeskException.invalid("cameraSources.note.tooLong", MAX_NOTE);
        }
        return new CameraSourceForm(form.kind(), address, note);
    }

    private CameraSource seen(long id, long seenVersion) {
        CameraSource source = sources.findById(id)
                .orElseThrow(() -> DeskException.notFound("cameraSources.notFound", String.valueOf(id)));
        if (source.version() != seenVersion) {
            throw stale(source.toInfo().address());
        }
        return source;
    }

    private CameraSourceInfo save(CameraSource source, String address) {
        try {
            return sources.saveAndFlush(source).toInfo();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(address);
        } catch (DataIntegrityViolationException e) {
            // Two admins added the same source at the same moment; the other one won.
            throw DeskException.conflict("cameraSources.taken", address);
        }
    }

    private static DeskException stale(String address) {
        return DeskException.conflict("cameraSources.stale", address);
    }

    /** The source as the audit trail shows it. */
    private static Map<String, @Nullable Object> fields(CameraSourceInfo s) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("jenis", s.kind().name());
        fields.put("alamat", s.address());
        fields.put("keterangan", s.note());
        return fields;
    }

    private static Actor requireAdmin() {
        Actor actor = CurrentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw DeskException.forbidden("cameraSources.forbidden");
        }
        return actor;
    }
}
