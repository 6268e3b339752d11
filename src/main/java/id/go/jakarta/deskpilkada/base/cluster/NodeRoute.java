package id.go.jakarta.deskpilkada.base.cluster;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts this node's route ({@code desk.cluster.route}) at the end of every session id Tomcat
 * issues ({@code JSESSIONID=….a}). A Vaadin UI lives in one node's memory, so a proxy in front of
 * several nodes must send each browser back to the node that holds its session; open-source nginx
 * can do that by reading the suffix of the cookie (docs/nginx-desk-pilkada.conf). When that node is
 * gone the proxy sends the browser to another one, which issues a new id with its own route.
 */
@Component
class NodeRoute implements TomcatContextCustomizer {

    private final String route;

    NodeRoute(ClusterProperties properties) {
        this.route = properties.route().strip();
    }

    @Override
    public void customize(org.apache.catalina.Context context) {
        if (route.isEmpty()) {
            return;
        }
        // The engine takes the route; the context only knows its engine once it is in the server.
        context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                engineOf(context).setJvmRoute(route);
            }
        });
    }

    private static Engine engineOf(Container container) {
        Container at = container;
        while (!(at instanceof Engine)) {
            at = at.getParent();
        }
        return (Engine) at;
    }
}
