package id.go.jakarta.deskpilkada.desk;

import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.internal.Desk;
import id.go.jakarta.deskpilkada.desk.internal.DeskRepository;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahLevel;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desks one deployment serves, as a tree under the national desk: a province's desk under
 * it, a kabupaten/kota's desk under its province's. An ADMIN opens the desk of a region, or at once
 * the whole set of the Pilkada serentak of 27 November 2024 (545 elections). Opening is idempotent,
 * recorded in the audit trail and announced ({@link DesksOpened}); a desk is never removed, since
 * its rows point at it (docs/desks.md).
 */
@Service
@Transactional(readOnly = true)
public class DeskService {

    /** DI Yogyakarta: its governor is not elected, so its desk only rolls up its kabupaten/kota. */
    static final String NO_GOVERNOR_ELECTION = "34";

    /** DKI Jakarta: its five kota and one kabupaten are administrative, without an election. */
    static final String NO_KABKOTA_ELECTIONS = "31";

    private static final String SUBJECT = "desk";

    private final DeskRepository desks;
    private final WilayahService wilayah;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeskService(
            DeskRepository desks,
            WilayahService wilayah,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.desks = desks;
        this.wilayah = wilayah;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every desk: the national desk, then the provinces' and the kabupaten/kota's, each by code. */
    public List<DeskInfo> all() {
        List<Desk> all = desks.findAll();
        all.sort(Comparator.comparing(Desk::level).thenComparing(Desk::code));
        return info(all);
    }

    /** The desk of that code ({@code ID} or a region's place code). */
    public Optional<DeskInfo> find(String code) {
        return desks.findByCode(code).map(d -> info(List.of(d)).getFirst());
    }

    /** The desks with those ids (those that exist), in no particular order. */
    public List<DeskInfo> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : info(desks.findAllById(ids));
    }

    /** The national desk, which every migration creates. */
    public DeskInfo national() {
        return find(DeskInfo.NATIONAL).orElseThrow();
    }

    /** The desks that roll up to this one, by code. */
    public List<DeskInfo> children(long deskId) {
        return info(desks.findByParentIdOrderByCode(deskId));
    }

    /**
     * Opens the desk of a province or kabupaten/kota that holds an election (and its province's desk
     * first, to roll up to, if that is not open yet); ADMIN only. The desk already open is returned
     * as it is (marked as holding its election if it only rolled up so far).
     */
    @Transactional
    public DeskInfo open(String regionCode) {
        requireAdmin();
        WilayahArea region = wilayah.find(regionCode.strip())
                .orElseThrow(() -> DeskException.invalid("desk.region.unknown", regionCode.strip()));
        Actor actor = CurrentActor.require();
        if (!actor.deploymentWide()) {
            // A desk's admin finds his own desk; opening any other is the deployment's business.
            return find(region.code())
                    .filter(d -> actor.deskId() != null && d.id() == actor.deskId())
                    .orElseThrow(() -> DeskException.forbidden("desk.deploymentOnly"));
        }
        if (region.level() != WilayahLevel.PROVINSI && region.level() != WilayahLevel.KABKOTA) {
            throw DeskException.invalid("desk.region.level", region.name());
        }
        if (!holdsElection(region)) {
            throw DeskException.invalid("desk.region.noElection", region.name());
        }
        List<Desk> opened = new ArrayList<>();
        Desk desk = openAll(List.of(region), opened).get(region.code());
        announce(opened);
        return info(List.of(desk)).getFirst();
    }

    /**
     * Opens the desks of the Pilkada serentak of 27 November 2024 from the place tree: 37 province
     * desks (every province but DI Yogyakarta) and 508 kabupaten/kota desks (every one but DKI
     * Jakarta's administrative six), plus DI Yogyakarta's desk that only rolls up. Desks already
     * open are kept; ADMIN only.
     */
    @Transactional
    public Opened openSerentak2024() {
        requireAdmin();
        if (!CurrentActor.require().deploymentWide()) {
            throw DeskException.forbidden("desk.deploymentOnly");
        }
        List<WilayahArea> regions = new ArrayList<>();
        for (WilayahArea province : wilayah.provinces()) {
            if (holdsElection(province)) {
                regions.add(province);
            }
            wilayah.children(province.code()).stream()
                    .filter(k -> k.level() == WilayahLevel.KABKOTA && holdsElection(k))
                    .forEach(regions::add);
        }
        List<Desk> opened = new ArrayList<>();
        openAll(regions, opened);
        announce(opened);
        return new Opened(regions.size(), opened.size());
    }

    /**
     * What {@link #openSerentak2024} did.
     *
     * @param elections the desks of the set that hold an election (545)
     * @param opened    the desks opened now, or holding their election now after only rolling up
     *                  (the rest were open already)
     */
    public record Opened(int elections, int opened) {}

    /** Whether a province or kabupaten/kota elects its head (the rule of the 2024 set). */
    static boolean holdsElection(WilayahArea region) {
        return switch (region.level()) {
            case PROVINSI -> !region.code().equals(NO_GOVERNOR_ELECTION);
            case KABKOTA -> !region.code().startsWith(NO_KABKOTA_ELECTIONS + ".");
            default -> false;
        };
    }

    /** The desks of these regions by code, opening what is missing (a province before its kabupaten/kota). */
    private Map<String, Desk> openAll(List<WilayahArea> regions, List<Desk> opened) {
        Map<String, Desk> byCode = new HashMap<>();
        desks.findAll().forEach(d -> byCode.put(d.code(), d));
        Desk national = byCode.get(DeskInfo.NATIONAL);
        Map<String, Desk> result = new LinkedHashMap<>();
        List<WilayahArea> ordered = new ArrayList<>(regions);
        ordered.sort(Comparator.comparing(WilayahArea::level).thenComparing(WilayahArea::code));
        for (WilayahArea region : ordered) {
            Desk parent = region.level() == WilayahLevel.PROVINSI
                    ? national
                    : byCode.computeIfAbsent(region.code().substring(0, 2), province -> {
                        Desk created = save(newDesk(province, DeskLevel.PROVINSI, national.id(), false));
                        opened.add(created);
                        return created;
                    });
            Desk desk = byCode.get(region.code());
            if (desk == null) {
                desk = save(newDesk(region.code(), level(region), parent.id(), true));
                byCode.put(desk.code(), desk);
                opened.add(desk);
            } else if (!desk.holdsElection()) {
                desk.holdElection();
                opened.add(desk);
                audit.record(
                        SUBJECT,
                        desk.code(),
                        "updated",
                        desk.code(),
                        Map.of("election", false),
                        Map.of("election", true));
            }
            result.put(region.code(), desk);
        }
        return result;
    }

    private Desk save(Desk desk) {
        Desk saved = desks.save(desk);
        audit.record(SUBJECT, saved.code(), "created", saved.code(), null, fields(saved));
        return saved;
    }

    private void announce(List<Desk> opened) {
        if (!opened.isEmpty()) {
            events.publishEvent(new DesksOpened(opened.stream().map(Desk::id).toList()));
        }
    }

    private Desk newDesk(String code, DeskLevel level, long parentId, boolean holdsElection) {
        return new Desk(code, level, parentId, code, holdsElection, clock.instant());
    }

    private static DeskLevel level(WilayahArea region) {
        return region.level() == WilayahLevel.PROVINSI ? DeskLevel.PROVINSI : DeskLevel.KABKOTA;
    }

    private static Map<String, Object> fields(Desk desk) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("level", desk.level());
        fields.put("parent", desk.parentId());
        fields.put("election", desk.holdsElection());
        return fields;
    }

    private List<DeskInfo> info(List<Desk> list) {
        Map<String, WilayahArea> regions = wilayah.areas(
                list.stream().map(Desk::regionCode).filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream()
                .map(d -> new DeskInfo(
                        d.id(),
                        d.code(),
                        d.level(),
                        d.parentId(),
                        d.regionCode(),
                        d.regionCode() == null || !regions.containsKey(d.regionCode())
                                ? ""
                                : regions.get(d.regionCode()).name(),
                        d.holdsElection()))
                .toList();
    }

    private static void requireAdmin() {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("desk.forbidden");
        }
    }
}
