package id.go.jakarta.deskpilkada.base.api;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every API error as problem+json in the caller's language; never a stack trace. Spring MVC's own
 * refusals (unreadable JSON, a wrong type in a field, a missing parameter, wrong method or media
 * type, an upload over the limit) are answered here too, with a detail that names what to fix.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** The statuses with a translated title ({@code api.problem.<status>}); others fall back to 400 or 500. */
    static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 500);

    private static final long MIB = 1024 * 1024;

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DeskException.class)
    ResponseEntity<ProblemDetail> desk(DeskException e, HttpServletRequest request) {
        return answer(problems.of(e, Problems.localeOf(request)), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                problems.of(HttpStatus.BAD_REQUEST, "api.parameter.invalid", Problems.localeOf(request), e.getName()),
                request);
    }

    /** Not multipart, or a broken multipart body (an upload over the limit is handled with 413 below). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badUpload(MultipartException e, HttpServletRequest request) {
        return answer(
                problems.of(HttpStatus.BAD_REQUEST, "api.multipart.invalid", Problems.localeOf(request)), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        return answer(unexpected(e, Problems.localeOf(request)), request);
    }

    /** Spring MVC's own exceptions: the body it prepared is replaced by a translated one. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        HttpServletResponse response = ((ServletWebRequest) request).getResponse();
        if (response != null && response.isCommitted()) {
            return null;
        }
        ProblemDetail problem = withInstance(translated(ex, status, Problems.localeOf(servlet)), servlet);
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private ProblemDetail translated(Exception ex, HttpStatusCode status, Locale locale) {
        return switch (ex) {
            case HttpMessageNotReadableException e -> {
                String field = fieldOf(e);
                yield field == null
                        ? problems.of(HttpStatus.BAD_REQUEST, "api.body.unreadable", locale)
                        : problems.of(HttpStatus.BAD_REQUEST, "api.body.field", locale, field);
            }
            case MethodArgumentNotValidException e ->
                problems.of(
                        HttpStatus.BAD_REQUEST,
                        "api.body.invalid",
                        locale,
                        String.join(
                                ", ",
                                e.getBindingResult().getFieldErrors().stream()
                                        .map(f -> f.getField())
                                        .distinct()
                                        .toList()));
            case MissingServletRequestParameterException e ->
                problems.of(HttpStatus.BAD_REQUEST, "api.parameter.missing", locale, e.getParameterName());
            case MissingRequestHeaderException e ->
                problems.of(HttpStatus.BAD_REQUEST, "api.header.missing", locale, e.getHeaderName());
            case MissingServletRequestPartException e ->
                problems.of(HttpStatus.BAD_REQUEST, "api.part.missing", locale, e.getRequestPartName());
            case TypeMismatchException e ->
                problems.of(
                        HttpStatus.BAD_REQUEST, "api.parameter.invalid", locale, String.valueOf(e.getPropertyName()));
            case HttpRequestMethodNotSupportedException e ->
                problems.of(HttpStatus.METHOD_NOT_ALLOWED, "api.method.notAllowed", locale, e.getMethod());
            case HttpMediaTypeNotSupportedException e ->
                e.getContentType() == null
                        ? problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.mediaType.missing", locale)
                        : problems.of(
                                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                "api.mediaType.unsupported",
                                locale,
                                e.getContentType().toString());
            case HttpMediaTypeNotAcceptableException e ->
                problems.of(HttpStatus.NOT_ACCEPTABLE, "api.mediaType.notAcceptable", locale);
            case NoResourceFoundException e -> problems.of(HttpStatus.NOT_FOUND, "api.notFound", locale);
            case NoHandlerFoundException e -> problems.of(HttpStatus.NOT_FOUND, "api.notFound", locale);
            case MaxUploadSizeExceededException e ->
                e.getMaxUploadSize() > 0
                        ? problems.of(
                                HttpStatus.CONTENT_TOO_LARGE,
                                "api.upload.tooLargeMax",
                                locale,
                                (e.getMaxUploadSize() + MIB - 1) / MIB)
                        : problems.of(HttpStatus.CONTENT_TOO_LARGE, "api.upload.tooLarge", locale);
            default -> {
                if (status.is4xxClientError()) {
                    HttpStatus known = TITLED.contains(status.value())
                            ? HttpStatus.valueOf(status.value())
                            : HttpStatus.BAD_REQUEST;
                    yield problems.of(known, "api.request.invalid", locale);
                }
                yield unexpected(ex, locale);
            }
        };
    }

    private ProblemDetail unexpected(Exception e, Locale locale) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API failure, incident {}", incident, e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", locale, incident);
    }

    /** The JSON field a value could not be read for ({@code severity}, {@code items[2].code}), if known. */
    private static @Nullable String fieldOf(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : json.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus()).body(withInstance(problem, request));
    }

    private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
