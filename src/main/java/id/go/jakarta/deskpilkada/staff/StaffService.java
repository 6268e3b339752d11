package id.go.jakarta.deskpilkada.staff;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units and officers. Names and phone numbers are shown only to those who plan and lead the posts. */
@Service
@Transactional(readOnly = true)
public class StaffService {

    private final UnitRepository units;
    private final OfficerRepository officers;
    private final PoskoService posko;

    StaffService(UnitRepository units, OfficerRepository officers, PoskoService posko) {
        this.units = units;
        this.officers = officers;
        this.posko = posko;
    }

    public List<UnitInfo> units() {
        return units.findAllByOrderByKindAscNameAsc().stream().map(Unit::toInfo).toList();
    }

    public Optional<UnitInfo> unit(long id) {
        return units.findById(id).map(Unit::toInfo);
    }

    public Optional<UnitInfo> unitByCode(String code) {
        return units.findByCode(code).map(Unit::toInfo);
    }

    /** The officers of a post, for leadership, admins and that post's own chief. */
    public List<OfficerInfo> officersOf(long poskoId) {
        Actor actor = CurrentActor.require();
        if (!mayRead(actor, poskoId)) {
            throw DeskException.forbidden("staff.forbidden");
        }
        return officers.findByHomePoskoIdOrderByFullName(poskoId).stream().map(Officer::toInfo).toList();
    }

    /** Daily (non-reserve, active) officers per post: counts only, visible to every role. */
    public Map<Long, Long> dailyOfficerCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : officers.countDailyByPosko()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Registers officers; all are checked first and none is saved if one is invalid. */
    @Transactional
    public List<OfficerInfo> register(List<NewOfficer> newOfficers) {
        Actor actor = CurrentActor.require();
        Set<String> nips = new HashSet<>();
        for (NewOfficer o : newOfficers) {
            if (!mayRegister(actor, o.homePoskoId())) {
                throw DeskException.forbidden("staff.forbidden");
            }
            Nip.problem(o.nip()).ifPresent(key -> {
                throw DeskException.invalid(key, o.nip());
            });
            if (o.fullName().isBlank() || o.fullName().length() > 120) {
                throw DeskException.invalid("staff.name.invalid");
            }
            if (units.findById(o.unitId()).isEmpty()) {
                throw DeskException.notFound("unit.notFound", String.valueOf(o.unitId()));
            }
            if (posko.tile(o.homePoskoId()).isEmpty()) {
                throw DeskException.notFound("posko.notFound", String.valueOf(o.homePoskoId()));
            }
            if (!nips.add(o.nip()) || officers.existsByNip(o.nip())) {
                throw DeskException.conflict("nip.taken", o.nip());
            }
        }
        return officers.saveAll(newOfficers.stream().map(Officer::new).toList()).stream().map(Officer::toInfo).toList();
    }

    private static boolean mayRead(Actor actor, long poskoId) {
        return actor.is(Role.PIMPINAN) || mayRegister(actor, poskoId);
    }

    private static boolean mayRegister(Actor actor, long poskoId) {
        return actor.system() || actor.is(Role.ADMIN) || actor.is(Role.KETUA_POSKO) && actor.belongsTo(poskoId);
    }
}
