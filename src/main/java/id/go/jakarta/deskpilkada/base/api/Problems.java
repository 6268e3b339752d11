package id.go.jakarta.deskpilkada.base.api;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds and writes problem+json answers with translated title and detail. */
@Component
public class Problems {

    private final Messages messages;
    private final JsonMapper json;

    Problems(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public static HttpStatus statusOf(DeskException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    public ProblemDetail of(HttpStatus status, String detailKey, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getTranslation("api.problem." + status.value(), locale));
        problem.setDetail(messages.getTranslation(detailKey, locale, args));
        problem.setType(URI.create("urn:desk-pilkada:problem:" + detailKey));
        return problem;
    }

    public ProblemDetail of(DeskException e, Locale locale) {
        return of(statusOf(e.kind()), e.messageKey(), locale, e.args());
    }

    /** Writes a problem directly (security filters answer before Spring MVC does). */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String detailKey,
            Object... args)
            throws IOException {
        String body = json(request, status, detailKey, args);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    /** A problem as JSON text, for answers written outside Spring MVC. */
    String json(HttpServletRequest request, HttpStatus status, String detailKey, Object... args) {
        ProblemDetail problem = of(status, detailKey, localeOf(request), args);
        problem.setInstance(instance(request));
        return json.writeValueAsString(problem);
    }

    /** The request's path as the problem's instance; a path that is no valid URI (a refused one) is left out. */
    private static @Nullable URI instance(HttpServletRequest request) {
        try {
            return URI.create(
                    request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                            ? uri
                            : request.getRequestURI());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** Indonesian unless the caller prefers English. */
    public static Locale localeOf(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header == null || header.isBlank()
                ? Languages.INDONESIAN
                : Languages.of(request.getLocale().toLanguageTag());
    }
}
