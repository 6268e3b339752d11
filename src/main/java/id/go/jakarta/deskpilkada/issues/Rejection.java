package id.go.jakarta.deskpilkada.issues;

/** Why an issue was rejected. */
public enum Rejection {
    DUPLIKAT,
    HOAKS,
    DI_LUAR_LINGKUP;

    public String labelKey() {
        return "rejection." + name();
    }
}
