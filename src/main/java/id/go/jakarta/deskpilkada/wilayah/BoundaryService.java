package id.go.jakarta.deskpilkada.wilayah;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The maps of regions, from the boundary files shipped with the application (see
 * {@code boundaries/NOTICE.md}): {@code kabkota.geojson.gz} for the whole country and
 * {@code kecamatan/<province>.geojson.gz} per province. A region's map is cut from them on first
 * use and kept (bounded by size): a province's map is its kabupaten/kota, a kabupaten/kota's its
 * kecamatan, or the kabupaten/kota itself where no kecamatan file is shipped. A point inside each
 * kabupaten/kota, kecamatan and desa/kelurahan ({@code titik/<province>.tsv.gz}) places issues on
 * the map.
 */
@Service
public class BoundaryService {

    static final String FOLDER = "boundaries/";
    private static final long KEPT_BYTES = 64L * 1024 * 1024;

    // Features are read one by one from the stream: what follows each is expected.
    private final JsonMapper json = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final String attribution;
    private final LoadingCache<String, Optional<RegionMap>> maps = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .<String, Optional<RegionMap>>weigher((code, map) ->
                    map.map(m -> m.geoJson().length + m.gzipped().length).orElse(0) + 64)
            .build(this::cut);

    /** Interior points per province code (a few thousand each; at most every province kept). */
    private final LoadingCache<String, Map<String, GeoPoint>> points =
            Caffeine.newBuilder().maximumSize(40).build(this::readPoints);

    BoundaryService() {
        this.attribution = read(FOLDER + "ATTRIBUTION").map(String::strip).orElse("");
    }

    /**
     * The map of a province or kabupaten/kota (its code, e.g. {@code 32} or {@code 32.73}); empty
     * for other codes or where no boundaries are shipped for it.
     */
    public Optional<RegionMap> map(String regionCode) {
        if (!regionCode.matches("\\d{2}(\\.\\d{2})?")) {
            return Optional.empty();
        }
        return maps.get(regionCode);
    }

    /**
     * A point inside the area of a kabupaten/kota, kecamatan or desa/kelurahan code (e.g.
     * {@code 32.73.01.1001}), where the wall draws what happened there; empty where none is shipped.
     */
    public Optional<GeoPoint> position(String code) {
        if (!code.matches("\\d{2}\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?")) {
            return Optional.empty();
        }
        return Optional.ofNullable(points.get(code.substring(0, 2)).get(code));
    }

    /** The data set's credit line ("Batas wilayah: …"), empty when no boundaries are shipped. */
    public String attribution() {
        return attribution;
    }

    private Optional<RegionMap> cut(String regionCode) {
        if (regionCode.length() == 2) {
            return cut(regionCode, FOLDER + "kabkota.geojson.gz", regionCode + ".", WilayahLevel.KABKOTA);
        }
        String province = regionCode.substring(0, 2);
        Optional<RegionMap> kecamatan = cut(
                regionCode, FOLDER + "kecamatan/" + province + ".geojson.gz", regionCode + ".", WilayahLevel.KECAMATAN);
        return kecamatan.isPresent()
                ? kecamatan
                : cut(regionCode, FOLDER + "kabkota.geojson.gz", regionCode, WilayahLevel.KABKOTA);
    }

    /** The features whose code starts with (or, without a trailing dot, equals) {@code prefix}. */
    private Optional<RegionMap> cut(String regionCode, String file, String prefix, WilayahLevel level) {
        ClassPathResource resource = new ClassPathResource(file);
        if (!resource.exists()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = 0;
        try (InputStream in = new GZIPInputStream(resource.getInputStream(), 65536);
                JsonParser parser = json.createParser(in);
                JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("type", "FeatureCollection");
            generator.writeName("features");
            generator.writeStartArray();
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.PROPERTY_NAME && "features".equals(parser.currentName())) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode feature = json.readTree(parser);
                        String code = feature.path("properties").path("code").asString("");
                        if (prefix.endsWith(".") ? code.startsWith(prefix) : code.equals(prefix)) {
                            json.writeTree(generator, feature);
                            count++;
                        }
                    }
                }
            }
            generator.writeEndArray();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Boundary file " + file + " cannot be read", e);
        }
        if (count == 0) {
            return Optional.empty();
        }
        byte[] geoJson = out.toByteArray();
        return Optional.of(new RegionMap(regionCode, level, count, geoJson, gzip(geoJson), attribution));
    }

    private Map<String, GeoPoint> readPoints(String province) {
        ClassPathResource resource = new ClassPathResource(FOLDER + "titik/" + province + ".tsv.gz");
        if (!resource.exists()) {
            return Map.of();
        }
        Map<String, GeoPoint> found = new HashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(resource.getInputStream(), 65536), StandardCharsets.UTF_8))) {
            in.readLine(); // code, lon, lat
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t");
                found.put(cells[0], new GeoPoint(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Point file of province " + province + " cannot be read", e);
        }
        return Map.copyOf(found);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Optional<String> read(String file) {
        ClassPathResource resource = new ClassPathResource(file);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
