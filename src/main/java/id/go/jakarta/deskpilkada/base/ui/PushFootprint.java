package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What each push connection costs the server, made small, because an idle wall screen is little
 * more than its push connection (numbers and how they were measured: docs/PERFORMANCE.md).
 * <ul>
 * <li>Atmosphere allocates a 16 KiB byte buffer and a 16 Ki-char buffer for every WebSocket and
 * never writes to them (Atmosphere 3.0.5): 128 is enough for nothing.</li>
 * <li>Tomcat's WebSocket read buffers start at 1 Ki (they grow when a larger message arrives; with
 * Vaadin's WEBSOCKET_XHR transport browsers send nothing large over the socket).</li>
 * <li>Tomcat's socket buffers are 4 KiB instead of 8 (large pictures are written in more chunks),
 * its frame buffers 2 KiB (set in {@code Application}, a system property read when Tomcat's
 * WebSocket classes load), and it keeps at most 32 idle request processors (each holds tens of
 * KiB of buffers; with walls most connections are WebSockets that need none).</li>
 * <li>No permessage-deflate: each compressed WebSocket holds a zlib deflater and inflater (about
 * 300 KiB of native memory and 16 KiB of heap); a wall receives a few KiB per picture.
 * Tomcat 11 negotiates it whenever the browser offers it, so the offer is hidden from Tomcat.</li>
 * </ul>
 * And one for time: each UI's push goes through its own Atmosphere broadcaster. The default one
 * queues each message and delivers it on a shared pool whose task then holds its thread for the
 * UI's next message, so a picture for many walls waits in that queue and its thread hand-offs.
 * {@code SimpleBroadcaster} writes on the thread that pushes (under the UI's session lock, as
 * Vaadin pushes): the message goes to the socket's asynchronous send at once. A socket that
 * does not take it blocks the next push to the same UI for at most Atmosphere's write timeout;
 * the wall's delivery runs each screen on its own virtual thread, the live views render on
 * virtual threads too, so such a screen holds up nobody else.
 */
@Configuration(proxyBeanMethods = false)
class PushFootprint {

    @Bean
    static BeanPostProcessor atmosphereBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter("org.atmosphere.websocket.bufferSize", "128");
                    registration.addInitParameter(
                            "org.atmosphere.cpr.broadcasterClass", "org.atmosphere.util.SimpleBroadcaster");
                }
                return bean;
            }
        };
    }

    @Bean
    ServletContextInitializer websocketReadBuffers() {
        return context -> {
            context.setInitParameter("org.apache.tomcat.websocket.textBufferSize", "1024");
            context.setInitParameter("org.apache.tomcat.websocket.binaryBufferSize", "1024");
        };
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> socketBuffers() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", "4096");
            connector.setProperty("socket.appWriteBufSize", "4096");
            connector.setProperty("processorCache", "32");
        });
    }

    /** Runs before Tomcat's WebSocket filter (Spring's filters are mapped ahead of it). */
    @Bean
    FilterRegistrationBean<Filter> noWebSocketCompression() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (request instanceof HttpServletRequest http
                    && http.getHeader(EXTENSIONS) != null
                    && "websocket".equalsIgnoreCase(http.getHeader("Upgrade"))) {
                chain.doFilter(new WithoutExtensions(http), response);
            } else {
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("deskNoWebSocketCompression");
        return registration;
    }

    private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    /** The upgrade request as if the browser had offered no extensions. */
    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(h -> !EXTENSIONS.equalsIgnoreCase(h))
                    .toList());
        }
    }
}
