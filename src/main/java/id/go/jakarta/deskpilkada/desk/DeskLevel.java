package id.go.jakarta.deskpilkada.desk;

/** Where a desk stands in the tree: one national desk, province desks, kabupaten/kota desks. */
public enum DeskLevel {
    /** The ministry's and KPU's desk: roll-ups of every province, nothing of its own. */
    NASIONAL,
    /** A province's desk: its governor election and the roll-up of its kabupaten/kota desks. */
    PROVINSI,
    /** A kabupaten's or kota's desk: its bupati or walikota election. */
    KABKOTA;

    /** The message key of the level's name. */
    public String labelKey() {
        return "desk.level." + name();
    }
}
