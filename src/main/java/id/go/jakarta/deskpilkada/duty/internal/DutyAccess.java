package id.go.jakarta.deskpilkada.duty.internal;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.Role;

/**
 * Who may do what with duty: a chief plans and marks only his own post; leadership and admins
 * any post; an officer sees his own schedule and signs himself in; a wall sees counts only.
 */
public final class DutyAccess {

    private DutyAccess() {}

    public static boolean mayPlan(Actor actor, long poskoId) {
        return actor.system()
                || actor.is(Role.ADMIN)
                || actor.is(Role.PIMPINAN)
                || actor.is(Role.KETUA_POSKO) && actor.belongsTo(poskoId);
    }

    public static void requirePlanner(Actor actor, long poskoId) {
        if (!mayPlan(actor, poskoId)) {
            throw DeskException.forbidden("duty.forbidden");
        }
    }

    /** Leadership and admins act across posts (e.g. lend an officer from another post). */
    public static boolean acrossPosts(Actor actor) {
        return actor.system() || actor.is(Role.ADMIN) || actor.is(Role.PIMPINAN);
    }
}
