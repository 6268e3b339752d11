package id.go.jakarta.deskpilkada.staff;

/** A provincial government unit, or an agency of the regional leadership forum. */
public enum UnitKind {
    SKPD,
    FORKOPIMDA;

    public String labelKey() {
        return "unitKind." + name();
    }
}
