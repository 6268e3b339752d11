package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with an issue. The provincial post, leadership, the media office, ADMIN
 * and integrations see every issue; a wilayah post's chief and officers see their wilayah's issues
 * (also those escalated from it); a Forkopimda liaison sees only what is referred to his agency.
 * The owning post's chief and leadership handle an issue; officers file and comment. The system
 * actor (demo data at start-up) may do everything.
 */
@Component
public class IssueAccess {

    private final PoskoService posko;

    IssueAccess(PoskoService posko) {
        this.posko = posko;
    }

    public boolean seesAll(Actor actor) {
        return switch (actor.role()) {
            case ADMIN, PIMPINAN, BAKESBANGPOL, INTEGRASI -> true;
            case KETUA_POSKO, PETUGAS ->
                post(actor).map(p -> p.level() == PoskoLevel.PROVINSI).orElse(false);
            case FORKOPIMDA, LAYAR -> false;
        };
    }

    public boolean maySee(Actor actor, IssueInfo issue) {
        if (seesAll(actor)) {
            return true;
        }
        if (actor.is(Role.FORKOPIMDA)) {
            return actor.unitId() != null && actor.unitId().equals(issue.assignedUnitId());
        }
        if (actor.is(Role.KETUA_POSKO) || actor.is(Role.PETUGAS)) {
            return actor.belongsTo(issue.poskoId())
                    || post(actor)
                            .map(p -> p.wilayahCode().equals(issue.wilayahCode()))
                            .orElse(false);
        }
        return false;
    }

    /** The wilayah a person may file issues in: any for leadership, the provincial post and integrations. */
    public boolean mayFileIn(Actor actor, String wilayahCode) {
        if (actor.system()) {
            return true;
        }
        return switch (actor.role()) {
            case PIMPINAN, INTEGRASI -> true;
            case KETUA_POSKO, PETUGAS ->
                post(actor)
                        .map(p -> p.level() == PoskoLevel.PROVINSI
                                || p.wilayahCode().equals(wilayahCode))
                        .orElse(false);
            default -> false;
        };
    }

    public boolean mayFile(Actor actor) {
        return actor.system()
                || actor.is(Role.PIMPINAN)
                || actor.is(Role.INTEGRASI)
                || actor.is(Role.KETUA_POSKO)
                || actor.is(Role.PETUGAS);
    }

    /** Verify, refer, resolve, reject, escalate, edit: the owning post's chief and leadership. */
    public boolean mayHandle(Actor actor, IssueInfo issue) {
        return actor.system()
                || actor.is(Role.PIMPINAN)
                || actor.is(Role.INTEGRASI)
                || actor.is(Role.KETUA_POSKO) && actor.belongsTo(issue.poskoId());
    }

    /** Acknowledge and report action: the liaison of the agency it is referred to, or a handler. */
    public boolean mayRespond(Actor actor, IssueInfo issue) {
        if (issue.status() != IssueStatus.DITANGANI || issue.assignedUnitId() == null) {
            return false;
        }
        return actor.is(Role.FORKOPIMDA) && issue.assignedUnitId().equals(actor.unitId()) || mayHandle(actor, issue);
    }

    public boolean mayComment(Actor actor, IssueInfo issue) {
        return !actor.is(Role.LAYAR) && maySee(actor, issue);
    }

    /** Who changed what, field by field: leadership and the provincial post's chief. */
    public boolean maySeeHistory(Actor actor) {
        return actor.is(Role.PIMPINAN)
                || actor.is(Role.ADMIN)
                || actor.is(Role.KETUA_POSKO)
                        && post(actor)
                                .map(p -> p.level() == PoskoLevel.PROVINSI)
                                .orElse(false);
    }

    /** The issues the actor may see, as a query condition. */
    public Specification<Issue> scope(Actor actor) {
        if (seesAll(actor)) {
            return (root, query, cb) -> cb.conjunction();
        }
        if (actor.is(Role.FORKOPIMDA) && actor.unitId() != null) {
            long unit = actor.unitId();
            return (root, query, cb) -> cb.equal(root.get("assignedUnitId"), unit);
        }
        Optional<PoskoTile> own =
                (actor.is(Role.KETUA_POSKO) || actor.is(Role.PETUGAS)) ? post(actor) : Optional.empty();
        if (own.isPresent()) {
            long id = own.get().id();
            String wilayah = own.get().wilayahCode();
            return (root, query, cb) ->
                    cb.or(cb.equal(root.get("poskoId"), id), cb.equal(root.get("wilayahCode"), wilayah));
        }
        return (root, query, cb) -> cb.disjunction();
    }

    /** The post that owns new issues of a wilayah: its wilayah post, else the provincial post. */
    public long ownerOf(String wilayahCode) {
        return posko.tiles().stream()
                .filter(p -> p.level() == PoskoLevel.WILAYAH && p.wilayahCode().equals(wilayahCode))
                .findFirst()
                .or(this::provincial)
                .map(PoskoTile::id)
                .orElseThrow(() -> new IllegalStateException("no provincial post"));
    }

    public Optional<PoskoTile> provincial() {
        return posko.tiles().stream()
                .filter(p -> p.level() == PoskoLevel.PROVINSI)
                .findFirst();
    }

    public boolean isProvincial(long poskoId) {
        return posko.tile(poskoId).map(p -> p.level() == PoskoLevel.PROVINSI).orElse(false);
    }

    private Optional<PoskoTile> post(Actor actor) {
        @Nullable Long id = actor.poskoId();
        return id == null ? Optional.empty() : posko.tile(id);
    }
}
