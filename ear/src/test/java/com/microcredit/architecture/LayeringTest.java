package com.microcredit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering inside each module (issue 19, style guide §4 "Ports, not imports"), checked for
 * every base package listed in {@link #modules()}: application services reach messaging, the clock
 * and storage through ports of their own layer (or a platform API) that infrastructure implements,
 * so {@code application} never imports {@code infrastructure}; the domain imports neither; and no
 * package cycle exists, neither between single packages nor between the layers. A base package
 * covers the EJB module and the context's part of domain-model ({@code <base>.domain..}).
 */
class LayeringTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("com.microcredit");

    /** The base packages under the rules; a module joins with one line. */
    static Stream<String> modules() {
        return Stream.of(
                "com.microcredit.origination",
                "com.microcredit.supplychain",
                "com.microcredit.portfolio",
                "com.microcredit.platform",
                "com.microcredit.protection",
                "com.microcredit.shared",
                "com.microcredit.web");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void applicationDoesNotImportInfrastructure(String base) {
        noClasses()
                .that()
                .resideInAPackage(base + ".application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + ".infrastructure..")
                .as(base + ": application depends on ports, never on infrastructure")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void domainDoesNotImportApplicationOrInfrastructure(String base) {
        noClasses()
                .that()
                .resideInAPackage(base + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(base + ".application..", base + ".infrastructure..")
                .as(base + ": the domain imports neither application nor infrastructure")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void apiKnowsNothingBehindIt(String base) {
        noClasses()
                .that()
                .resideInAPackage(base + ".api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(base + ".application..", base + ".infrastructure..")
                .as(base + ": the published API (the EJB client jar) knows nothing behind it")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void noCycleBetweenPackages(String base) {
        slices().matching(base + ".(**)")
                .should()
                .beFreeOfCycles()
                .as(base + ": no cycle between its packages")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void noCycleBetweenLayers(String base) {
        slices().matching(base + ".(*)..")
                .should()
                .beFreeOfCycles()
                .as(
                        base
                                + ": no cycle between its layers (api, application, domain,"
                                + " infrastructure)")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
