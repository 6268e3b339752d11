package id.go.jakarta.deskpilkada.posko;

/** A post reports upward: wilayah posts to the provincial post. */
public enum PoskoLevel {
    PROVINSI,
    WILAYAH
}
