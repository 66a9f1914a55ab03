package org.tiaojie.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** The rules of docs/ARCHITECTURE.md that Maven's module graph cannot enforce on its own. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tiaojie");

    @Test
    void modulesDependOnlyDownwards() {
        noClasses().that().resideInAPackage("org.tiaojie.casework..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tiaojie.web..", "org.tiaojie.documents..",
                        "org.tiaojie.scheduler..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.tiaojie.documents..", "org.tiaojie.scheduler..")
                .should().dependOnClassesThat().resideInAPackage("org.tiaojie.web..")
                .allowEmptyShould(true) // documents and scheduler get their classes with their issues
                .check(CLASSES);
    }

    @Test
    void viewsNeverTouchRepositoriesOrTheEntityManager() {
        noClasses().that().resideInAPackage("org.tiaojie.web..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(CLASSES);
        noClasses().that().areAnnotatedWith(Route.class)
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(CLASSES);
    }

    @Test
    void onlyServicesAndComponentsUseRepositories() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().onlyHaveDependentClassesThat(annotatedWith(Service.class).or(annotatedWith(Component.class)))
                .check(CLASSES);
    }

    /** What users type is shown as text everywhere: no markup component, no markup set through a property. */
    @Test
    void textTypedByUsersIsNeverRenderedAsMarkup() throws java.io.IOException {
        noClasses().that().resideInAPackage("org.tiaojie.web..")
                .should().dependOnClassesThat().areAssignableTo(com.vaadin.flow.component.Html.class)
                .check(CLASSES);
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String code = java.nio.file.Files.readString(f);
                    return code.contains("innerHTML") || code.contains("unsafeHTML") || code.contains("setHtmlContent");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }

    /**
     * "Inside this user's area" is written once: only the area scope reads a jurisdiction's level
     * and ids, so no other class can build an area predicate of its own (docs/decisions/017-area-scope.md).
     */
    private static final String AREA_SCOPE = "org\\.tiaojie\\.casework\\.organisation\\.(AreaScope|Jurisdiction)(\\$.*)?";

    @Test
    void onlyTheAreaScopeTurnsAJurisdictionIntoConditions() {
        noClasses().that().haveNameNotMatching(AREA_SCOPE)
                .should().callMethod(org.tiaojie.casework.organisation.Jurisdiction.class, "level")
                .orShould().callMethod(org.tiaojie.casework.organisation.Jurisdiction.class, "id")
                .orShould().callMethod(org.tiaojie.casework.organisation.Jurisdiction.class, "districtId")
                .because("area predicates are built only by AreaScope")
                .check(CLASSES);
        noClasses().that().haveNameNotMatching(AREA_SCOPE)
                .should().dependOnClassesThat().areAssignableTo(org.tiaojie.casework.organisation.Jurisdiction.Level.class)
                .because("only the area scope decides by an area's level")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.tiaojie.casework.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching("org.tiaojie.web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
