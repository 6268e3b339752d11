package id.go.jakarta.deskpilkada.issues;

/** Where an issue came from. */
public enum IssueSource {
    POSKO,
    PETUGAS_LAPANGAN,
    HOTLINE,
    MEDIA,
    FORKOPIMDA;

    public String labelKey() {
        return "issueSource." + name();
    }
}
