package id.go.jakarta.deskpilkada;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The package rules of the house style, checked on the compiled classes. */
class ArchitectureTest {

    private static final String ROOT = "id.go.jakarta.deskpilkada";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".posko..", ROOT + ".election..", ROOT + ".wilayah..", ROOT + ".staff..",
                        ROOT + ".account..", ROOT + ".demo..", ROOT + ".duty..", ROOT + ".situation..",
                        ROOT + ".device..", ROOT + ".integration..", ROOT + ".issues..",
                        ROOT + ".journal..", ROOT + ".media..", ROOT + ".reports..", ROOT + ".exercise..")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_by_services_of_their_own_feature() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyHaveDependentClassesThat(assignableTo(Repository.class).or(annotatedWith(Service.class)))
                .check(classes);
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
    }

    @Test
    void views_are_not_used_by_services() {
        noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }
}
