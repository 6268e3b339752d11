package id.go.jakarta.deskpilkada.base.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * API requests refused before Spring MVC sees them are problem+json too. Two places refuse that
 * early: Spring Security's firewall ({@code ..}, {@code ;}, encoded control characters, TRACE),
 * whose refusal otherwise became an error dispatch that the browser chain answered with a 302 to
 * the login page; and Tomcat itself: an encoded slash or NUL in the path (its HTML error page) or
 * TRACE (a 405 sent as an error dispatch to {@code /error}, which the browser chain also answered
 * with a 302). Other addresses keep their previous behaviour.
 */
@Configuration(proxyBeanMethods = false)
class ApiRefusals {

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith("/api/");
    }

    @Bean
    RequestRejectedHandler apiRequestRejected(Problems problems) {
        return (request, response, rejected) -> {
            if (!isApi(request) || response.isCommitted()) {
                throw rejected;
            }
            response.reset();
            problems.write(request, response, HttpStatus.BAD_REQUEST, "api.request.rejected");
        };
    }

    /**
     * An error dispatch ({@code sendError} by the container or a security chain) for an API address
     * or the API description (a POST to {@code /v3/api-docs}): answered here, not by {@code /error}.
     */
    @Bean
    FilterRegistrationBean<Filter> apiErrorDispatch(Problems problems) {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse answer = (HttpServletResponse) response;
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                    ? HttpStatus.resolve(code)
                    : null;
            if (uri instanceof String path
                    && (path.startsWith("/api/") || path.startsWith("/v3/api-docs"))
                    && status != null
                    && status.is4xxClientError()
                    && ApiExceptionHandler.TITLED.contains(status.value())
                    && !answer.isCommitted()) {
                answer.resetBuffer();
                String key = switch (status) {
                    case NOT_FOUND -> "api.notFound";
                    case METHOD_NOT_ALLOWED -> "api.method.notAllowed";
                    default -> "api.request.rejected";
                };
                problems.write(http, answer, status, key, http.getMethod());
                return;
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReport(Problems problems) {
        return new ErrorReportCustomizer(problems);
    }

    /** Runs after Spring Boot's customizer, so its plain error report valve can be replaced. */
    static final class ErrorReportCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final Problems problems;

        ErrorReportCustomizer(Problems problems) {
            this.problems = problems;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                ApiErrorReport report = new ApiErrorReport(problems);
                report.setShowReport(false);
                report.setShowServerInfo(false);
                host.getPipeline().addValve(report);
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ApiErrorReport.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Tomcat's error page, but problem+json for an API address with a status the API has a title for. */
    public static final class ApiErrorReport extends ErrorReportValve {

        private final Problems problems;

        public ApiErrorReport() {
            this(null);
        }

        ApiErrorReport(Problems problems) {
            this.problems = problems;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (problems == null
                    || !isApi(request)
                    || status == null
                    || !status.is4xxClientError()
                    || !ApiExceptionHandler.TITLED.contains(status.value())
                    || response.isCommitted()) {
                super.report(request, response, throwable);
                return;
            }
            try {
                String key = status == HttpStatus.NOT_FOUND ? "api.notFound" : "api.request.rejected";
                String body = problems.json(request, status, key);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response already taken: nothing more to say.
            }
        }
    }
}
