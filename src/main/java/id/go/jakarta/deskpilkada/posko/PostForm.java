package id.go.jakarta.deskpilkada.posko;

/**
 * A post as the ADMIN describes it.
 *
 * @param code        a short unique code in capitals, e.g. {@code KAB-BOGOR}; it never changes once saved
 * @param level       {@link PoskoLevel#PROVINSI} for the desk's central post (one at most),
 *                    {@link PoskoLevel#WILAYAH} for a post of a part of the region
 * @param wilayahCode the area it serves, within the active election's region
 * @param sortOrder   its place on the wall and in lists, smallest first
 */
public record PostForm(String code, String name, PoskoLevel level, String wilayahCode, String address, int sortOrder) {

    public static PostForm of(PoskoTile tile) {
        return new PostForm(
                tile.code(), tile.name(), tile.level(), tile.wilayahCode(), tile.address(), tile.sortOrder());
    }
}
