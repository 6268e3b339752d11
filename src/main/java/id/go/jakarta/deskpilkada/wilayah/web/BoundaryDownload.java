package id.go.jakarta.deskpilkada.wilayah.web;

import id.go.jakarta.deskpilkada.wilayah.BoundaryService;
import id.go.jakarta.deskpilkada.wilayah.RegionMap;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /peta/{code}.json} for a signed-in browser or a paired wall: the boundaries of a
 * province's kabupaten/kota or a kabupaten/kota's kecamatan (GeoJSON, public reference data), kept
 * by the browser for a day and revalidated by its ETag; 404 where none are shipped.
 */
@RestController
class BoundaryDownload {

    private final BoundaryService boundaries;

    BoundaryDownload(BoundaryService boundaries) {
        this.boundaries = boundaries;
    }

    @GetMapping("/peta/{code}.json")
    ResponseEntity<byte[]> map(
            @PathVariable("code") String code,
            @RequestHeader(value = "If-None-Match", required = false) @Nullable String seen,
            @RequestHeader(value = "Accept-Encoding", required = false) @Nullable String encodings) {
        boolean gzip = encodings != null && encodings.contains("gzip");
        return boundaries
                .map(code)
                .map(map -> answer(map, seen, gzip))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> answer(RegionMap map, @Nullable String seen, boolean gzip) {
        CacheControl caching = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();
        if (map.etag().equals(seen)) {
            return ResponseEntity.status(304)
                    .eTag(map.etag())
                    .cacheControl(caching)
                    .build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(map.etag())
                .cacheControl(caching)
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        return gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(map.gzipped()) : ok.body(map.geoJson());
    }
}
