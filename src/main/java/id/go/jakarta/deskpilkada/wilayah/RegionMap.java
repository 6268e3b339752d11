package id.go.jakarta.deskpilkada.wilayah;

/**
 * The boundaries of a region's areas at one level below it, as a GeoJSON FeatureCollection whose
 * features carry {@code code} (Kemendagri) and {@code name}: the kabupaten/kota of a province, the
 * kecamatan of a kabupaten/kota; {@code gzipped} the same compressed. {@code attribution} is the data
 * set's credit line, shown with the map.
 */
public record RegionMap(
        String regionCode, WilayahLevel level, int areas, byte[] geoJson, byte[] gzipped, String attribution) {

    /** A fingerprint of the content, for HTTP caching. */
    public String etag() {
        return "\"" + Integer.toHexString(java.util.Arrays.hashCode(geoJson)) + "-" + geoJson.length + "\"";
    }
}
