package id.go.jakarta.deskpilkada.device.camera;

import id.go.jakarta.deskpilkada.device.CameraProblem;
import id.go.jakarta.deskpilkada.device.CameraSnapshot;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one camera snapshot with the JDK's HTTP client, within the limits of
 * {@link CameraProperties}: a connect timeout and a total time for the whole fetch, redirects
 * followed by hand (each new address checked against the allowed sources, at most a few), only a
 * 200 answer declared as JPEG, PNG, WebP or GIF and whose first bytes say the same, read up to the
 * size limit and refused beyond it. The host's addresses are resolved and checked before each
 * request; the client's own lookup right after is answered by the JVM's address cache (30 s), so
 * it connects to an address that was checked.
 */
public final class CameraFetcher implements AutoCloseable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> DECLARED =
            Set.of("image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/webp", "image/gif");
    private static final String ACCEPT = "image/jpeg, image/png, image/webp, image/gif";

    private final CameraProperties limits;
    private final Clock clock;
    private final ExecutorService exchanges = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;

    public CameraFetcher(CameraProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // Cameras speak HTTP/1.1; no h2c upgrade attempt for them to choke on.
                .version(HttpClient.Version.HTTP_1_1)
                .executor(exchanges)
                .build();
    }

    /** The snapshot at {@code url}, or why there is none; never throws. */
    public CameraSnapshot fetch(String url, CameraPolicy policy) {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Optional<CameraTarget> first = CameraTarget.of(url);
        if (first.isEmpty()) {
            return missing(CameraProblem.NOT_ALLOWED);
        }
        CameraTarget target = first.get();
        for (int hop = 0; ; hop++) {
            CameraProblem refused = hop == 0 ? CameraProblem.NOT_ALLOWED : CameraProblem.REDIRECT_NOT_ALLOWED;
            if (policy.verdict(target) == CameraPolicy.Verdict.NOT_ALLOWED) {
                return missing(refused);
            }
            List<InetAddress> addresses;
            try {
                addresses = target.resolve();
            } catch (UnknownHostException e) {
                return missing(CameraProblem.UNREACHABLE);
            }
            if (!policy.permitsResolved(target, addresses)) {
                return missing(refused);
            }
            HttpResponse<byte[]> response;
            try {
                response = send(target.uri(), deadline);
            } catch (TimeoutException e) {
                return missing(CameraProblem.TIMEOUT);
            } catch (LimitedBody.TooLarge e) {
                return missing(CameraProblem.TOO_LARGE);
            } catch (IOException e) {
                return missing(CameraProblem.UNREACHABLE);
            }
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop >= limits.maxRedirects()) {
                    return missing(CameraProblem.CAMERA_ERROR);
                }
                URI from = target.uri();
                Optional<CameraTarget> next =
                        response.headers().firstValue("Location").flatMap(l -> next(from, l));
                if (next.isEmpty()) {
                    return missing(CameraProblem.REDIRECT_NOT_ALLOWED);
                }
                target = next.get();
                continue;
            }
            if (status != 200) {
                return missing(CameraProblem.CAMERA_ERROR);
            }
            String type = declared(response.headers()) ? sniffed(response.body()) : null;
            return type == null
                    ? missing(CameraProblem.NOT_AN_IMAGE)
                    : new CameraSnapshot.Image(response.body(), type, clock.instant());
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) throws IOException, TimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException();
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(Duration.ofNanos(left))
                .header("Accept", ACCEPT)
                .header("User-Agent", "DeskPilkada-kamera")
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, this::body);
        try {
            return answer.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof LimitedBody.TooLarge tooLarge) {
                    throw tooLarge;
                }
                if (cause instanceof HttpTimeoutException) {
                    throw new TimeoutException(cause.getMessage());
                }
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Reads the body only of an image answer, and only up to the limit. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200 || !declared(info.headers())) {
            return LimitedBody.skipping();
        }
        OptionalLong length = info.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > limits.maxBytes()) {
            return LimitedBody.refusing(limits.maxBytes());
        }
        return LimitedBody.upTo(limits.maxBytes());
    }

    private static Optional<CameraTarget> next(URI from, String location) {
        try {
            return CameraTarget.of(from.resolve(location.strip()).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean declared(HttpHeaders headers) {
        return headers.firstValue("Content-Type")
                .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(DECLARED::contains)
                .isPresent();
    }

    /** The image type the first bytes show, or null for anything else. */
    static @Nullable String sniffed(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static CameraSnapshot missing(CameraProblem problem) {
        return new CameraSnapshot.Missing(problem);
    }

    @Override
    public void close() {
        client.shutdownNow();
        exchanges.shutdownNow();
    }
}
