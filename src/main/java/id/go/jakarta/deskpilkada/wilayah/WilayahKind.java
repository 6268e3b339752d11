package id.go.jakarta.deskpilkada.wilayah;

/** What an area is, finer than its level; told by its Kemendagri code. */
public enum WilayahKind {
    PROVINSI,
    KABUPATEN,
    KOTA,
    KECAMATAN,
    KELURAHAN,
    DESA,
    DESA_ADAT;

    public String labelKey() {
        return "wilayah.kind." + name();
    }

    /** A kota's second segment is 71-79; a kelurahan's fourth starts with 1, a desa's 2, a desa adat's 3. */
    static WilayahKind of(String code, WilayahLevel level) {
        return switch (level) {
            case PROVINSI -> PROVINSI;
            case KABKOTA -> code.length() >= 5 && code.charAt(3) == '7' ? KOTA : KABUPATEN;
            case KECAMATAN -> KECAMATAN;
            case DESA -> {
                char first = code.length() > 9 ? code.charAt(9) : '2';
                yield first == '1' ? KELURAHAN : first == '3' ? DESA_ADAT : DESA;
            }
        };
    }
}
