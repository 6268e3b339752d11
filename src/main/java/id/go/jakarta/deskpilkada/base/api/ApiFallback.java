package id.go.jakarta.deskpilkada.base.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every {@code /api/} request no API controller takes. Without it, such a request would fall
 * through to Vaadin, which answers any path with its HTML page (200), or become an error dispatch
 * that the browser chain redirects to the login page. Here it is a 404 problem, a 405 with the
 * methods the address does take, or a 415 when only the body's type was wrong. The most specific
 * mapping wins, so this never hides a real one.
 */
@Hidden
@RestController
class ApiFallback {

    private static final String EVERYTHING = "/api/**";

    private final RequestMappingHandlerMapping mappings;

    ApiFallback(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(EVERYTHING)
    void none(HttpServletRequest request) throws Exception {
        List<RequestMappingInfo> samePath = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> !info.getPatternValues().contains(EVERYTHING))
                .filter(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getMatchingCondition(request) != null)
                .toList();
        Set<String> allowed = new TreeSet<>();
        samePath.forEach(info -> info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name())));
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (allowed.contains(method.name())) {
            // The address takes this method; what did not match is the body's type (JSON to an upload).
            List<MediaType> accepted = samePath.stream()
                    .filter(info -> info.getMethodsCondition().getMethods().stream()
                            .anyMatch(m -> m.name().equals(method.name())))
                    .flatMap(info -> info.getConsumesCondition().getConsumableMediaTypes().stream())
                    .distinct()
                    .toList();
            throw new HttpMediaTypeNotSupportedException(contentType(request), accepted, method);
        }
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(method.name(), allowed);
        }
        throw new NoResourceFoundException(method, request.getRequestURI(), request.getRequestURI());
    }

    private static @Nullable MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
