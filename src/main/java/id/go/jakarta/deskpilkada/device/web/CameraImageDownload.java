package id.go.jakarta.deskpilkada.device.web;

import id.go.jakarta.deskpilkada.base.api.Problems;
import id.go.jakarta.deskpilkada.device.CameraProblem;
import id.go.jakarta.deskpilkada.device.CameraSnapshot;
import id.go.jakarta.deskpilkada.device.CameraSnapshots;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /kamera/{deviceId}} for a signed-in browser or a paired wall (the screens' security
 * chain: anyone else is sent to the login page): the camera's latest snapshot as the server fetched
 * it, with its checked image type, never sniffed, never kept by the browser. Any query string (the
 * wall's cache-buster) is ignored.
 *
 * <p>Without an image the status says why: 404 no such camera (or not one the asker may see), 403
 * its address is not allowed, 502 the camera answered wrongly or not at all, 504 it took too long.
 * A client that accepts JSON gets the reason as problem+json; a browser's image request gets a
 * plain dark placeholder image with that status, so a wall shows no broken image.
 */
@RestController
class CameraImageDownload {

    /** A dark 16:9 panel with a crossed-out camera; no text, no script, no outside reference. */
    static final byte[] PLACEHOLDER = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 160 90\">"
                    + "<rect width=\"160\" height=\"90\" fill=\"#1f2933\"/>"
                    + "<g fill=\"none\" stroke=\"#52606d\" stroke-width=\"4\" stroke-linecap=\"round\">"
                    + "<rect x=\"58\" y=\"33\" width=\"34\" height=\"24\" rx=\"3\"/><path d=\"M92 41l12-7v22l-12-7\"/>"
                    + "<path d=\"M54 62l52-34\"/></g></svg>")
            .getBytes(StandardCharsets.UTF_8);

    private static final String NO_STORE = "private, no-store";
    /** An image opened on its own may load nothing and run nothing. */
    private static final String IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private static final long MIB = 1024 * 1024;

    private final CameraSnapshots snapshots;
    private final Problems problems;

    CameraImageDownload(CameraSnapshots snapshots, Problems problems) {
        this.snapshots = snapshots;
        this.problems = problems;
    }

    @GetMapping("/kamera/{deviceId}")
    ResponseEntity<?> snapshot(
            @PathVariable("deviceId") long deviceId,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            HttpServletRequest request) {
        return switch (snapshots.snapshot(deviceId)) {
            case CameraSnapshot.Image image ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", IMAGE_POLICY)
                        .lastModified(image.fetchedAt())
                        .body(image.bytes());
            case CameraSnapshot.Missing missing -> missing(missing.problem(), accept, request);
        };
    }

    private ResponseEntity<?> missing(CameraProblem problem, @Nullable String accept, HttpServletRequest request) {
        HttpStatus status = statusOf(problem);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("X-Content-Type-Options", "nosniff");
        if (accept != null && accept.contains("json")) {
            ProblemDetail detail = problems.of(
                    status, problem.messageKey(), Problems.localeOf(request), (snapshots.maxBytes() + MIB - 1) / MIB);
            detail.setInstance(URI.create(request.getRequestURI()));
            return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        return answer.contentType(MediaType.valueOf("image/svg+xml"))
                .header("Content-Security-Policy", IMAGE_POLICY)
                .body(PLACEHOLDER);
    }

    static HttpStatus statusOf(CameraProblem problem) {
        return switch (problem) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_ALLOWED, REDIRECT_NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
            case UNREACHABLE, CAMERA_ERROR, NOT_AN_IMAGE, TOO_LARGE -> HttpStatus.BAD_GATEWAY;
        };
    }
}
