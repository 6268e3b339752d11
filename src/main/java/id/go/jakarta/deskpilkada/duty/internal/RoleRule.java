package id.go.jakarta.deskpilkada.duty.internal;

import id.go.jakarta.deskpilkada.staff.PostRole;

/**
 * Which officer may fill which place. Everyone holds his own role; a deputy stands in for the
 * chief and the chief for his deputy; a Kominfomas technician can operate; any officer but a
 * Forkopimda liaison can serve as staff. A liaison's and a technician's place need exactly them.
 */
public final class RoleRule {

    private RoleRule() {}

    public static boolean canHold(PostRole officer, PostRole place) {
        if (officer == place) {
            return true;
        }
        return switch (place) {
            case KETUA -> officer == PostRole.WAKIL_KETUA;
            case WAKIL_KETUA -> officer == PostRole.KETUA;
            case OPERATOR -> officer == PostRole.TEKNISI_KOMINFOMAS;
            case STAF -> officer != PostRole.PENGHUBUNG_FORKOPIMDA;
            case TEKNISI_KOMINFOMAS, PENGHUBUNG_FORKOPIMDA -> false;
        };
    }
}
