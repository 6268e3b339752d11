package id.go.jakarta.deskpilkada.election;

/** Which office is elected, and so which kind of region the election covers. */
public enum ElectionKind {
    /** Governor: the region is a province. */
    GUBERNUR,
    /** Regent: the region is a kabupaten. */
    BUPATI,
    /** Mayor: the region is a kota. */
    WALIKOTA;

    public String labelKey() {
        return "election.kind." + name();
    }

    /** A short prefix for generated election codes. */
    String codePrefix() {
        return switch (this) {
            case GUBERNUR -> "PILGUB";
            case BUPATI -> "PILBUP";
            case WALIKOTA -> "PILWALKOT";
        };
    }
}
