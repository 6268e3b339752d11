package id.go.jakarta.deskpilkada.issues;

/** What a timeline line records. */
public enum TimelineKind {
    DIBUAT,
    DIUBAH,
    STATUS,
    ESKALASI,
    DIRUJUK,
    DITERIMA,
    TINDAKAN,
    KOMENTAR,
    LAMPIRAN,
    /** Forwarded to the province's desk (escalation across desks). */
    DITERUSKAN,
    /** The province desk's answer on a forwarded issue. */
    PROVINSI;

    public String labelKey() {
        return "timeline." + name();
    }
}
