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

    private List<JsonNode> features(byte[] geoJson) {
        JsonNode root = json.readTree(geoJson);
        assertThat(root.path("type").asString()).isEqualTo("FeatureCollection");
        return List.copyOf(root.path("features").valueStream().toList());
    }
}
