package id.go.jakarta.deskpilkada.base.security;

import org.jspecify.annotations.Nullable;

/**
 * The person (or device, or the system itself at start-up) on whose behalf a service acts.
 *
 * @param username    login name, recorded in histories
 * @param displayName name shown to others
 * @param role        the one role
 * @param poskoId     the post a KETUA_POSKO or PETUGAS belongs to
 * @param unitId      the agency a FORKOPIMDA liaison is bound to
 * @param officerId   the officer a PETUGAS (or chief) account belongs to, for signing in to duty
 * @param system      true only for the application's own start-up work
 * @param deskId      the desk (tenant) whose rows this actor reads and writes; null for the
 *                    deployment's own accounts, the system and anyone not bound to a desk, who work
 *                    in the desk of the active election ({@code WorkingDesk})
 */
public record Actor(
        String username,
        String displayName,
        Role role,
        @Nullable Long poskoId,
        @Nullable Long unitId,
        @Nullable Long officerId,
        boolean system,
        @Nullable Long deskId) {

    /** The same actor, working in that desk. */
    public Actor inDesk(long desk) {
        return new Actor(username, displayName, role, poskoId, unitId, officerId, system, desk);
    }

    /** The application itself, for seeding and scheduled work. */
    public static final Actor SYSTEM = new Actor("system", "Sistem", Role.ADMIN, null, null, null, true, null);

    /**
     * True for the system and the deployment's own accounts working in no particular desk: who may
     * change what all desks share (issue categories, the wall playlist, the desk registry). A desk's
     * admin, or the deployment's admin switched into one desk, is not.
     */
    public boolean deploymentWide() {
        return system || deskId == null;
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** True for a KETUA_POSKO or PETUGAS of exactly that post. */
    public boolean belongsTo(long posko) {
        return poskoId != null && poskoId == posko;
    }
}
