package id.go.jakarta.deskpilkada.base.security;

/** The roles of Desk Pilkada; a user holds exactly one. */
public enum Role {
    /** Leadership (Sekda and deputies): reads everything, may act for any post. */
    PIMPINAN,
    /** Chief of exactly one posko: acts only for it. */
    KETUA_POSKO,
    /** An officer on duty. */
    PETUGAS,
    /** Forkopimda liaison, bound to one agency. */
    FORKOPIMDA,
    /** The media office, the one door to the press. */
    BAKESBANGPOL,
    /** Technical administration: accounts, devices, configuration. */
    ADMIN,
    /** A wall-screen device: read-only wall, no personal data. Signs in with a device token. */
    LAYAR,
    /** Another system using the API (monitoring script, field app): signs in with a client token. */
    INTEGRASI;

    /** People sign in with a password; wall screens and integrations only with tokens. */
    public boolean isForPeople() {
        return this != LAYAR && this != INTEGRASI;
    }

    /** The Spring Security authority, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's name. */
    public String labelKey() {
        return "role." + name();
    }
}
