package id.go.jakarta.deskpilkada.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ModulePreloadTests {

    /** Minified module sources as Vite writes them: static imports, re-exports, a lazy import. */
    private static final Map<String, String> BUNDLE = Map.of(
            "generated-flow-imports-A1.js",
            "const m=1;import{a as b,c}from\"./vaadin-button-B2.js\";import\"./side-effect-C3.js\";"
                    + "const lazy=()=>__vitePreload(()=>import(\"./lazy-route-D4.js\"),[]);",
            "vaadin-button-B2.js",
            "import{t as l}from\"./lit-E5.js\";export{x}from\"./mixin-F6.js\";",
            "side-effect-C3.js",
            "console.log(\"import\")",
            "lit-E5.js",
            "export{a as t};",
            "mixin-F6.js",
            "import{t}from\"./lit-E5.js\";export{t as x};",
            "FlowClient-G7.js",
            "export{init};");

    @Test
    void the_hints_follow_static_imports_and_re_exports_through_but_never_a_lazy_import() {
        Set<String> modules = ModulePreload.withStaticImports(Set.of("generated-flow-imports-A1.js"), BUNDLE::get);

        assertThat(modules)
                .containsExactlyInAnyOrder(
                        "generated-flow-imports-A1.js",
                        "vaadin-button-B2.js",
                        "side-effect-C3.js",
                        "lit-E5.js",
                        "mixin-F6.js")
                .doesNotContain("lazy-route-D4.js");
    }

    @Test
    void a_page_gets_one_low_priority_hint_per_module_it_does_not_already_load() {
        Document page = Jsoup.parse("<html><head>"
                + "<script type=\"module\" src=\"./VAADIN/build/indexhtml-H8.js\"></script>"
                + "<link rel=\"modulepreload\" href=\"./VAADIN/build/lit-E5.js\"></head><body></body></html>");

        ModulePreload.addHints(page, List.of("indexhtml-H8.js", "lit-E5.js", "FlowClient-G7.js"));

        assertThat(page.select("link[rel=modulepreload]").eachAttr("href"))
                .containsExactly("./VAADIN/build/lit-E5.js", "./VAADIN/build/FlowClient-G7.js");
        var hint = page.selectFirst("link[href$=FlowClient-G7.js]");
        assertThat(hint.hasAttr("crossorigin")).isTrue();
        assertThat(hint.attr("fetchpriority"))
                .as("after the page's own requests")
                .isEqualTo("low");
    }

    @Test
    void without_a_production_bundle_on_the_class_path_there_is_nothing_to_hint() {
        assertThat(ModulePreload.modulesOf(new org.springframework.core.io.support.PathMatchingResourcePatternResolver(
                        new java.net.URLClassLoader(new java.net.URL[0], null))))
                .isEmpty();
    }

    @Test
    void with_the_production_bundle_every_hint_names_a_script_of_the_bundle_and_the_client_is_among_them() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<String> modules = ModulePreload.modulesOf(resolver);
        assumeTrue(!modules.isEmpty(), "no production bundle on the class path (run with -Pproduction)");

        assertThat(modules).anyMatch(m -> m.startsWith("FlowClient-")).anyMatch(m -> m.startsWith("vaadin-button-"));
        assertThat(modules)
                .allMatch(m -> resolver.getResource("classpath:" + ModulePreload.BUILD + m)
                        .exists());
    }
}
