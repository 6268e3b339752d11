package id.go.jakarta.deskpilkada.wilayah;

/** The levels of the administrative tree, from the top (Kemendagri codes of 1 to 4 segments). */
public enum WilayahLevel {
    PROVINSI,
    /** Kabupaten and kota alike (a kota's second code segment is 71-79). */
    KABKOTA,
    KECAMATAN,
    /** Kelurahan, desa and desa adat alike (the fourth code segment starts with 1, 2 or 3). */
    DESA;

    /** The level of a desk's wilayah: the kabupaten/kota, as issues are placed and posts bound. */
    public boolean isWilayah() {
        return this == KABKOTA;
    }
}
