package id.go.jakarta.deskpilkada;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The house rules on the compiled classes. Module boundaries are Spring Modulith's: each feature
 * package is a module, its sub-packages are internal, and each module names the modules (and the
 * shared kernel's parts) it may use in its {@code package-info.java}.
 */
class ArchitectureTests {

    private static final Path DOCS = Path.of("docs", "architecture");
    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Application.class.getPackageName());
    }

    @Test
    void modules_use_only_each_others_api_and_their_declared_dependencies_without_cycles() {
        MODULES.verify();
    }

    @Test
    void a_modules_root_package_holds_only_its_api() {
        Set<String> roots =
                MODULES.stream().map(m -> m.getBasePackage().getName()).collect(Collectors.toSet());
        classes()
                .that(describe(
                        "are top-level types in a module's root package",
                        (JavaClass c) -> c.isTopLevelClass()
                                && !c.getSimpleName().equals("package-info")
                                && roots.contains(c.getPackageName())))
                .should()
                .bePublic()
                .andShould(be(describe(
                        "a service, a record, an enum or an interface (events are records)",
                        (JavaClass c) ->
                                c.isAnnotatedWith(Service.class) || c.isRecord() || c.isEnum() || c.isInterface())))
                .because("entities, repositories, snapshots, watches and helpers live in a sub-package")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_by_transactional_classes() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .onlyHaveDependentClassesThat(assignableTo(Repository.class).or(annotatedWith(Transactional.class)))
                .because("a class that reads or writes says at its top how it takes part in transactions")
                .check(classes);
    }

    @Test
    void views_are_not_used_by_services() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void test_classes_are_named_one_way() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(Application.class.getPackageName());
        classes()
                .that(describe(
                        "declare a test",
                        (JavaClass c) -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Test.class))))
                .should(be(describe(
                        "named ...Tests, ...IT (run by failsafe against real nodes) or, when abstract and "
                                + "run by a Tests class per database, ...Contract",
                        (JavaClass c) -> c.getSimpleName().endsWith("Tests")
                                || c.getSimpleName().endsWith("IT")
                                || c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                                        && c.getSimpleName().endsWith("Contract"))))
                .check(tests);
    }

    /**
     * The module diagrams and canvases in docs/architecture are Spring Modulith's output for the
     * code as it is. They are written afresh into target/ and compared line by line, in any order
     * (the generator does not keep the order of relations from run to run); a stale or missing file
     * is rewritten in docs/architecture and the test fails, so the change is seen and committed.
     */
    @Test
    void the_module_documentation_in_docs_architecture_is_current() throws IOException {
        Path fresh = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(fresh.toString())).writeDocumentation();
        assertThat(fresh.resolve("components.puml")).content().contains("Election issues", "Situation wall");
        assertThat(fresh.resolve("module-issues.adoc")).content().contains("IssueService", "(in Command posts)");

        Files.createDirectories(DOCS);
        List<String> stale = new ArrayList<>();
        try (Stream<Path> generated = Files.list(fresh);
                Stream<Path> committed = Files.list(DOCS)) {
            Set<String> names = new TreeSet<>();
            for (Path file : generated.toList()) {
                names.add(file.getFileName().toString());
                Path doc = DOCS.resolve(file.getFileName());
                if (!Files.exists(doc) || !sortedLines(doc).equals(sortedLines(file))) {
                    Files.copy(file, doc, StandardCopyOption.REPLACE_EXISTING);
                    stale.add(doc.toString());
                }
            }
            for (Path doc : committed.toList()) {
                if (!names.contains(doc.getFileName().toString())) {
                    Files.delete(doc);
                    stale.add(doc + " (removed)");
                }
            }
        }
        assertThat(stale)
                .as("module documentation was stale and has been rewritten: commit it")
                .isEmpty();
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
