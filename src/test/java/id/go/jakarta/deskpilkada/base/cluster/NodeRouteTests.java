package id.go.jakarta.deskpilkada.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** The route a proxy reads to send a browser back to its node. */
class NodeRouteTests {

    @Test
    void a_node_with_a_route_ends_every_session_id_with_it() throws Exception {
        assertThat(sessionCookieOf("b")).matches("JSESSIONID=[0-9A-F]+\\.b;.*");
    }

    @Test
    void a_node_without_a_route_issues_plain_session_ids() throws Exception {
        assertThat(sessionCookieOf("")).matches("JSESSIONID=[0-9A-F]+;.*");
    }

    private static String sessionCookieOf(String route) throws IOException, InterruptedException {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(InetAddress.getLoopbackAddress());
        factory.addContextCustomizers(
                new NodeRoute(new ClusterProperties("desk-test-route", 0, List.of(), "127.0.0.1", 2, 10, route)));
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                        request.getSession(true);
                        response.getWriter().write("ok");
                    }
                })
                .addMapping("/"));
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).isEqualTo("ok");
            return answer.headers().firstValue("set-cookie").orElseThrow();
        } finally {
            server.stop();
        }
    }
}
