package id.go.jakarta.deskpilkada.device;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A camera for the tests: the JDK's HTTP server on 127.0.0.1 and a free port, answering as good
 * and bad cameras do, and counting the requests for each path.
 *
 * <ul>
 *   <li>{@code /ok/...}: a JPEG snapshot, after {@link #OK_DELAY_MS} (so that requests overlap)
 *   <li>{@code /lambat.jpg}: a JPEG after 30 s (longer than any fetch may take)
 *   <li>{@code /menetes.jpg}: a JPEG's headers at once, then one byte a quarter second
 *   <li>{@code /besar.jpg}: a 3 MB "JPEG" with its length declared; {@code /besar-mengalir.jpg} the same
 *       without a length
 *   <li>{@code /halaman.html}: an HTML page; {@code /palsu.jpg}: HTML declared as a JPEG
 *   <li>{@code /rusak.jpg}: 500
 *   <li>{@code /pergi.jpg}: a redirect to the same camera by the name {@code localhost};
 *       {@code /lompat.jpg}: a redirect to {@code /ok/lompatan.jpg}; {@code /putar.jpg}: a redirect to itself
 * </ul>
 */
public final class FakeCamera implements AutoCloseable {

    public static final long OK_DELAY_MS = 300;
    public static final byte[] JPEG = jpeg();

    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FakeCamera() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(workers);
        server.createContext("/", this::answer);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>} */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    public String url(String path) {
        return origin() + path;
    }

    /** Requests the camera got for that path. */
    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            switch (path) {
                case "/lambat.jpg" -> {
                    pause(30_000);
                    send(exchange, 200, "image/jpeg", JPEG);
                }
                case "/menetes.jpg" -> {
                    exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                    exchange.sendResponseHeaders(200, JPEG.length);
                    OutputStream out = exchange.getResponseBody();
                    for (byte b : JPEG) {
                        out.write(b);
                        out.flush();
                        pause(250);
                    }
                }
                case "/besar.jpg" -> send(exchange, 200, "image/jpeg", big());
                case "/besar-mengalir.jpg" -> {
                    exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    byte[] big = big();
                    for (int at = 0; at < big.length; at += 64 * 1024) {
                        out.write(big, at, Math.min(64 * 1024, big.length - at));
                    }
                }
                case "/halaman.html" -> send(exchange, 200, "text/html; charset=utf-8", page());
                case "/palsu.jpg" -> send(exchange, 200, "image/jpeg", page());
                case "/rusak.jpg" -> send(exchange, 500, "text/plain", "rusak".getBytes(StandardCharsets.UTF_8));
                case "/pergi.jpg" -> redirect(exchange, "http://localhost:" + port() + "/ok/tujuan.jpg");
                case "/lompat.jpg" -> redirect(exchange, "/ok/lompatan.jpg");
                case "/putar.jpg" -> redirect(exchange, "/putar.jpg");
                default -> {
                    if (path.startsWith("/ok/")) {
                        pause(OK_DELAY_MS);
                        send(exchange, 200, "image/jpeg", JPEG);
                    } else {
                        send(exchange, 404, "text/plain", new byte[0]);
                    }
                }
            }
        } catch (IOException e) {
            // The fetch gave up on this answer (a timeout, a refused body): nothing to do.
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] big() {
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        return big;
    }

    private static byte[] page() {
        return "<!doctype html><title>Login kamera</title><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 36; y++) {
                image.setRGB(x, y, new Color(x * 4, y * 7, 128).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
