package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import id.go.jakarta.deskpilkada.base.security.WallScreenCookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every page of the production bundle names the scripts Vaadin's client will need before its first
 * view, as {@code <link rel="modulepreload">}: the components of the eagerly loaded views and
 * Vaadin's client itself. Without them the browser finds them one step at a time (the entry
 * script, then Vaadin's init answer, then the component imports, then the client), each step
 * waiting for the one before; with them it fetches all of them while the page starts, and the
 * first view is drawn sooner (docs/PERFORMANCE.md, first paint). The hints have low priority: over
 * HTTP/1.1 (six connections) they would otherwise hold back Vaadin's init request, which the whole
 * chain waits for. The list is read once from the bundle: the static imports of Vaadin's generated
 * component imports, followed through, and the client's two modules. Without a production bundle (development), no page gets a hint. A wall
 * screen's page gets none either: it draws its first frame from its own script before Vaadin
 * starts, and the hints would compete with that frame (they made it 0.3 s later).
 */
@Component
class ModulePreload implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ModulePreload.class);

    /** Where Vaadin's production bundle has its scripts, on the class path. */
    static final String BUILD = "META-INF/VAADIN/webapp/VAADIN/build/";

    /** {@code import{a as b}from"./x.js"}, {@code import"./x.js"}, {@code export{a}from"./x.js"}; never {@code import("./x.js")}. */
    private static final Pattern STATIC_IMPORT =
            Pattern.compile("(?:import|export)\\s*(?:[^'\"();]*?from\\s*)?[\"'](\\./[\\w.-]+\\.js)[\"']");

    private final List<String> modules;

    ModulePreload() {
        this.modules = modulesOf(new PathMatchingResourcePatternResolver());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource().getDeploymentConfiguration().isProductionMode() && !modules.isEmpty()) {
            event.addIndexHtmlRequestListener(this::addHints);
        }
    }

    private void addHints(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request
                && WallScreenCookie.isPresent(request))) {
            addHints(response.getDocument(), modules);
        }
    }

    /** A low-priority {@code modulepreload} link per module that the page does not already load or hint. */
    static void addHints(Document page, List<String> modules) {
        Element head = page.head();
        for (String module : modules) {
            String href = "./VAADIN/build/" + module;
            if (head.selectFirst("[src=\"" + href + "\"], [href=\"" + href + "\"]") == null) {
                head.appendElement("link")
                        .attr("rel", "modulepreload")
                        .attr("crossorigin", "")
                        .attr("fetchpriority", "low")
                        .attr("href", href);
            }
        }
    }

    /** The bundle's modules to hint, in the order the client asks for them; empty without a bundle. */
    static List<String> modulesOf(PathMatchingResourcePatternResolver resolver) {
        try {
            List<String> roots = List.of("generated-flow-imports-*.js", "FlowBootstrap-*.js", "FlowClient-*.js");
            Set<String> found = new LinkedHashSet<>();
            for (String root : roots) {
                for (Resource resource : resolver.getResources("classpath*:" + BUILD + root)) {
                    found.add(resource.getFilename());
                }
            }
            return List.copyOf(
                    withStaticImports(found, name -> read(resolver.getResource("classpath:" + BUILD + name))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("No module preload hints: the production bundle could not be read ({})", e.toString());
            return List.of();
        }
    }

    /** The given modules and, followed through, every module they import statically. */
    static Set<String> withStaticImports(Set<String> roots, Function<String, String> source) {
        Set<String> seen = new LinkedHashSet<>(roots);
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Matcher imports = STATIC_IMPORT.matcher(source.apply(todo.pop()));
            while (imports.find()) {
                String name = imports.group(1).substring(2);
                if (seen.add(name)) {
                    todo.add(name);
                }
            }
        }
        return seen;
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
