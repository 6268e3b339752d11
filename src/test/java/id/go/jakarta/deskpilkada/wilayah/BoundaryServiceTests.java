package id.go.jakarta.deskpilkada.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The region maps cut from the shipped boundary files: the right areas, with their codes and names. */
class BoundaryServiceTests {

    private final BoundaryService boundaries = new BoundaryService();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_province_map_holds_exactly_its_kabupaten_and_kota_with_codes_and_names() {
        RegionMap westJava = boundaries.map("32").orElseThrow();
        List<JsonNode> features = features(westJava.geoJson());
        assertThat(westJava.level()).isEqualTo(WilayahLevel.KABKOTA);
        assertThat(features).hasSize(27).hasSize(westJava.areas());
        assertThat(features)
                .extracting(f -> f.path("properties").path("code").asString())
                .allMatch(code -> code.matches("32\\.\\d{2}"))
                .contains("32.01", "32.73", "32.79")
                .doesNotHaveDuplicates();
        assertThat(features)
                .extracting(f -> f.path("properties").path("name").asString())
                .contains("Kabupaten Bogor", "Kota Bogor", "Kota Bandung");
        assertThat(features)
                .extracting(f -> f.path("geometry").path("type").asString())
                .allMatch(type -> type.equals("Polygon") || type.equals("MultiPolygon"));
        assertThat(features(boundaries.map("31").orElseThrow().geoJson()))
                .extracting(f -> f.path("properties").path("code").asString())
                .containsExactlyInAnyOrder("31.01", "31.71", "31.72", "31.73", "31.74", "31.75");
    }

    @Test
    void a_kota_map_holds_its_kecamatan() {
        RegionMap bandung = boundaries.map("32.73").orElseThrow();
        assertThat(bandung.level()).isEqualTo(WilayahLevel.KECAMATAN);
        assertThat(features(bandung.geoJson()))
                .hasSize(30)
                .extracting(f -> f.path("properties").path("code").asString())
                .allMatch(code -> code.startsWith("32.73."));
    }

    @Test
    void the_compressed_copy_is_the_same_map_and_the_attribution_names_the_source() throws IOException {
        RegionMap westJava = boundaries.map("32").orElseThrow();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(westJava.gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(westJava.geoJson());
        }
        assertThat(westJava.gzipped().length).isLessThan(westJava.geoJson().length);
        assertThat(westJava.attribution()).isNotBlank().isEqualTo(boundaries.attribution());
        assertThat(westJava.etag()).isEqualTo(boundaries.map("32").orElseThrow().etag());
    }

    @Test
    void codes_that_are_not_a_province_or_kabupaten_kota_have_no_map() {
        assertThat(boundaries.map("99")).isEmpty();
        assertThat(boundaries.map("32.01.01")).isEmpty();
        assertThat(boundaries.map("../32")).isEmpty();
        assertThat(boundaries.map("")).isEmpty();
    }

    @Test
    void a_kelurahan_kecamatan_and_kabupaten_each_have_a_point_inside_the_area_the_map_draws() {
        GeoPoint kelurahan = boundaries.position("31.75.05.1001").orElseThrow();
        assertThat(inside(kelurahan, area(boundaries.map("31").orElseThrow(), "31.75")))
                .isTrue();
        assertThat(inside(kelurahan, area(boundaries.map("31").orElseThrow(), "31.71")))
                .isFalse();
        GeoPoint kecamatan = boundaries.position("32.73.01").orElseThrow();
        assertThat(inside(kecamatan, area(boundaries.map("32.73").orElseThrow(), "32.73.01")))
                .isTrue();
        GeoPoint kabupaten = boundaries.position("32.01").orElseThrow();
        assertThat(inside(kabupaten, area(boundaries.map("32").orElseThrow(), "32.01")))
                .isTrue();
    }

    @Test
    void unknown_or_malformed_codes_and_provinces_have_no_point() {
        assertThat(boundaries.position("32.73.99.9999")).isEmpty();
        assertThat(boundaries.position("99.01")).isEmpty();
        assertThat(boundaries.position("32")).isEmpty();
        assertThat(boundaries.position("../32.73")).isEmpty();
        assertThat(boundaries.position("")).isEmpty();
    }

    private JsonNode area(RegionMap map, String code) {
        return features(map.geoJson()).stream()
                .filter(f -> f.path("properties").path("code").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Even-odd test over every outer ring (holes are rare in these areas and absent where tested). */
    private static boolean inside(GeoPoint point, JsonNode feature) {
        JsonNode geometry = feature.path("geometry");
        List<JsonNode> polygons = geometry.path("type").asString().equals("Polygon")
                ? List.of(geometry.path("coordinates"))
                : geometry.path("coordinates").valueStream().toList();
        for (JsonNode polygon : polygons) {
            List<JsonNode> ring = polygon.get(0).valueStream().toList();
            boolean in = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double xi = ring.get(i).get(0).asDouble();
                double yi = ring.get(i).get(1).asDouble();
                double xj = ring.get(j).get(0).asDouble();
                double yj = ring.get(j).get(1).asDouble();
                if ((yi > point.lat()) != (yj > point.lat())
                        && point.lon() < (xj - xi) * (point.lat() - yi) / (yj - yi) + xi) {
                    in = !in;
                }
            }
            if (in) {
                return true;
            }
        }
        return false;
    }

    private List<JsonNode> features(byte[] geoJson) {
        JsonNode root = json.readTree(geoJson);
        assertThat(root.path("type").asString()).isEqualTo("FeatureCollection");
        return List.copyOf(root.path("features").valueStream().toList());
    }
}
