package id.go.jakarta.deskpilkada;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Desk Pilkada: the live situation dashboard of the joint election command post.
 * Push runs over WebSocket so that every change of state reaches open screens without reload.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    static {
        // H2's server mode (AUTO_SERVER, two nodes on one file) listens on every interface unless told.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        // Tomcat's WebSocket frame buffers (read, write, encode) per push connection: 2 KiB instead
        // of 8; larger messages go out in more frames (see PushFootprint).
        if (System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE") == null) {
            System.setProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE", "2048");
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Desk Pilkada");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
