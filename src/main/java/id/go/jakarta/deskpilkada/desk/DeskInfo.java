package id.go.jakarta.deskpilkada.desk;

import org.jspecify.annotations.Nullable;

/**
 * One desk.
 *
 * @param code           {@code ID} for the national desk, else its region's place code ({@code 32},
 *                       {@code 32.01})
 * @param parentId       the desk it rolls up to; null only for the national desk
 * @param regionCode     its region in the place tree; null only for the national desk
 * @param regionName     the region's name as in the place tree ("Jawa Barat", "Kabupaten Bogor");
 *                       empty for the national desk
 * @param holdsElection  false for a desk that only rolls up (the national desk, DI Yogyakarta's)
 */
public record DeskInfo(
        long id,
        String code,
        DeskLevel level,
        @Nullable Long parentId,
        @Nullable String regionCode,
        String regionName,
        boolean holdsElection) {

    /** The code of the national desk. */
    public static final String NATIONAL = "ID";
}
