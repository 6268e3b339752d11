package id.go.jakarta.deskpilkada.wilayah;

/** The levels of the administrative tree, from the top. */
public enum WilayahLevel {
    PROVINSI,
    KOTA,
    KABUPATEN,
    KECAMATAN,
    KELURAHAN;

    /** Kota administrasi and the kabupaten administrasi are both a "wilayah" of the province. */
    public boolean isWilayah() {
        return this == KOTA || this == KABUPATEN;
    }
}
