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
    LAMPIRAN;

    public String labelKey() {
        return "timeline." + name();
    }
}
