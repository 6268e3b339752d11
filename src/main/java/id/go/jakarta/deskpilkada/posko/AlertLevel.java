package id.go.jakarta.deskpilkada.posko;

/** The four alert grades of a post, from calm to emergency. */
public enum AlertLevel {
    NORMAL,
    WASPADA,
    SIAGA,
    AWAS;

    public String labelKey() {
        return "alert." + name();
    }

    /** CSS class suffix for the grade's colour. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
