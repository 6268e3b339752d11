package id.go.jakarta.deskpilkada.issues;

import java.util.Set;

/**
 * The workflow: BARU, then TERVERIFIKASI, then DITANGANI (referred to a unit or agency), then
 * SELESAI; or DITOLAK with a reason from any open state.
 */
public enum IssueStatus {
    BARU,
    TERVERIFIKASI,
    DITANGANI,
    SELESAI,
    DITOLAK;

    public boolean open() {
        return this != SELESAI && this != DITOLAK;
    }

    /** The states this one may move to (rejection from every open state). */
    public Set<IssueStatus> next() {
        return switch (this) {
            case BARU -> Set.of(TERVERIFIKASI, DITOLAK);
            case TERVERIFIKASI -> Set.of(DITANGANI, DITOLAK);
            case DITANGANI -> Set.of(SELESAI, DITOLAK);
            case SELESAI, DITOLAK -> Set.of();
        };
    }

    public String labelKey() {
        return "issueStatus." + name();
    }
}
