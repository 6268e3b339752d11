package id.go.jakarta.deskpilkada;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Desk Pilkada: the live situation dashboard of the joint election command post.
 * Push runs over WebSocket so that every change of state reaches open screens without reload.
 */
@SpringBootApplication
@Modulithic(systemName = "Desk Pilkada")
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

    /** Runs first on every page: watches the push WebSocket (see the script's own comment). */
    private static final String PUSH_WATCH = resource("/bootstrap/push-watch.js");

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Desk Pilkada");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addInlineWithContents(
                TargetElement.HEAD, Inline.Position.PREPEND, PUSH_WATCH, Inline.Wrapping.JAVASCRIPT);
    }

    private static String resource(String path) {
        try (InputStream in = Application.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
