package id.go.jakarta.deskpilkada.badinput;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.badinput.BadCase.Outcome;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a case needs to run: the application's beans, an HTTP client for its port, the message
 * bundles to check refusals against, and the fixture (posts, tokens, records of two posts).
 * Classifies every answer: a refusal is clear when the API answers problem+json with a title and
 * a detail, or a service throws a {@link DeskException} whose key has Indonesian and English text.
 */
final class BadInputHarness {

    static final String PROBLEM_JSON = "application/problem+json";

    final ApplicationContext context;
    final int port;
    final JsonMapper json;
    final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Properties indonesian = bundle("i18n/messages.properties");
    private final Properties english = bundle("i18n/messages_en.properties");
    BadInputFixture fixture;

    BadInputHarness(ApplicationContext context, int port) {
        this.context = context;
        this.port = port;
        this.json = context.getBean(JsonMapper.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    /** An API request; {@code headers} are name, value pairs. */
    Outcome api(String method, String path, String token, String contentType, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request, token, contentType, headers);
    }

    /** The same with a chunked body (no Content-Length). */
    Outcome apiChunked(String method, String path, String token, String contentType, byte[] body) throws Exception {
        Supplier<InputStream> stream = () -> new java.io.ByteArrayInputStream(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofInputStream(stream));
        return send(request, token, contentType);
    }

    private Outcome send(HttpRequest.Builder request, String token, String contentType, String... headers)
            throws IOException, InterruptedException {
        if (token != null) {
            request.header(
                    "Authorization",
                    token.startsWith("Basic ") || token.startsWith("bearer ") || token.isEmpty()
                            ? token
                            : "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return classify(response);
    }

    Outcome classify(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return Outcome.failed(true, status, "HTTP " + status + " " + excerpt(response.body()));
        }
        if (status >= 200 && status < 300) {
            return Outcome.accepted(true, status);
        }
        if (status < 400) {
            return Outcome.rejected(true, status, "", "HTTP " + status + " is not a refusal with a problem");
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(PROBLEM_JSON)) {
            return Outcome.rejected(true, status, "", "Content-Type " + type + ": " + excerpt(response.body()));
        }
        try {
            JsonNode problem = json.readTree(response.body());
            String title = problem.path("title").asString("");
            String detail = problem.path("detail").asString("");
            String key = problem.path("type").asString("").replace("urn:desk-pilkada:problem:", "");
            if (title.isBlank() || detail.isBlank()) {
                return Outcome.rejected(
                        true, status, key, "problem without title or detail: " + excerpt(response.body()));
            }
            if (problem.path("status").asInt() != status) {
                return Outcome.rejected(true, status, key, "problem status differs from HTTP status");
            }
            return Outcome.rejected(true, status, key, null);
        } catch (RuntimeException e) {
            return Outcome.rejected(true, status, "", "unreadable problem: " + excerpt(response.body()));
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    // ---- services --------------------------------------------------------------------------------

    /** Calls a service as a demo account (null: the system), as a form would. */
    Outcome as(String username, Callable<?> call) {
        try {
            Object result;
            if (username == null) {
                result = CurrentActor.asSystem(() -> {
                    try {
                        return call.call();
                    } catch (Exception e) {
                        throw new Wrapped(e);
                    }
                });
            } else {
                SignIn.as(context, username);
                result = call.call();
            }
            return result instanceof Outcome outcome ? outcome : Outcome.accepted(false, 200);
        } catch (Wrapped wrapped) {
            return thrown(wrapped.getCause());
        } catch (Exception | Error e) {
            return thrown(e);
        } finally {
            if (username != null) {
                SignIn.out();
            }
        }
    }

    /** The same with a signed-in officer account linked to an officer record. */
    Outcome asOfficer(long poskoId, long officerId, Callable<?> call) {
        try {
            SignIn.asOfficer(poskoId, officerId);
            Object result = call.call();
            return result instanceof Outcome outcome ? outcome : Outcome.accepted(false, 200);
        } catch (Exception | Error e) {
            return thrown(e);
        } finally {
            SignIn.out();
        }
    }

    private Outcome thrown(Throwable e) {
        if (e instanceof DeskException desk) {
            return refusedWith(
                    switch (desk.kind()) {
                        case INVALID -> 400;
                        case FORBIDDEN -> 403;
                        case NOT_FOUND -> 404;
                        case CONFLICT -> 409;
                    },
                    desk.messageKey());
        }
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return Outcome.failed(
                false, 500, e.getClass().getName() + ": " + e.getMessage() + (at == null ? "" : " at " + at));
    }

    /** A refusal a service answers without an exception (a list of problems, a token status). */
    Outcome refusedWith(int status, String key) {
        return Outcome.rejected(false, status, key, messageProblem(key));
    }

    /** A refusal listing several message keys: clear when every one is. */
    Outcome refusedWith(int status, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Outcome.rejected(false, status, "", "a refusal naming no problem");
        }
        for (String key : keys) {
            String problem = messageProblem(key);
            if (problem != null) {
                return Outcome.rejected(false, status, key, problem);
            }
        }
        return Outcome.rejected(false, status, keys.iterator().next(), null);
    }

    private String messageProblem(String key) {
        String id = indonesian.getProperty(key);
        if (id == null || id.isBlank()) {
            return "message key " + key + " has no Indonesian text";
        }
        String en = english.getProperty(key);
        if (en == null || en.isBlank()) {
            return "message key " + key + " has no English text";
        }
        return null;
    }

    private static Properties bundle(String path) {
        Properties properties = new Properties();
        try (InputStream in = BadInputHarness.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
        return properties;
    }

    private static final class Wrapped extends RuntimeException {
        Wrapped(Exception cause) {
            super(cause);
        }
    }
}
