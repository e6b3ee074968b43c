package com.microcredit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Module boundaries of the modular monolith, checked on the compiled classes of every module
 * (domain-model, the five EJB modules and web-ui). Dependency direction: origination → supply chain
 * → portfolio → (protection, platform); protection and platform depend on no context module (ADR
 * 0020).
 */
@AnalyzeClasses(packages = "com.microcredit", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule domainIsFreeOfContainerApis =
            noClasses()
                    .that()
                    .resideInAPackage("..domain..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "jakarta.ejb..",
                            "jakarta.jms..",
                            "jakarta.faces..",
                            "jakarta.servlet..",
                            "jakarta.inject..",
                            "org.eclipse.microprofile..")
                    .as("domain code imports no jakarta.ejb, jakarta.jms or jakarta.faces");

    /**
     * The packages of domain-model (entities, value objects, rules of every context, the shared
     * value objects and persistence conventions) and the domain packages of the EJB modules.
     */
    private static final String[] DOMAIN_MODEL = {"..domain..", "com.microcredit.shared.."};

    /**
     * Domain code holds no state beyond its objects' own: a static field is a constant (keys, rings
     * and caches are the container's, ADR 0020).
     */
    @ArchTest
    static final ArchRule domainHoldsNoStaticMutableState =
            fields().that()
                    .areDeclaredInClassesThat()
                    .resideInAnyPackage(DOMAIN_MODEL)
                    .and()
                    .areStatic()
                    .should()
                    .beFinal()
                    .as("domain-model holds no static mutable state (static fields are final)");

    @ArchTest
    static final ArchRule domainHasNoVolatileFields =
            noFields()
                    .that()
                    .areDeclaredInClassesThat()
                    .resideInAnyPackage(DOMAIN_MODEL)
                    .should()
                    .haveModifier(JavaModifier.VOLATILE)
                    .as("domain-model shares no state between threads (no volatile fields)");

    @ArchTest
    static final ArchRule domainHasNoSynchronizedMethods =
            noMethods()
                    .that()
                    .areDeclaredInClassesThat()
                    .resideInAnyPackage(DOMAIN_MODEL)
                    .should()
                    .haveModifier(JavaModifier.SYNCHRONIZED)
                    .as("domain-model takes no locks (no synchronized methods)");

    /** No threads, locks, atomics or executors in domain code: concurrency is the container's. */
    @ArchTest
    static final ArchRule domainStartsNoThreadsAndTakesNoLocks =
            noClasses()
                    .that()
                    .resideInAnyPackage(DOMAIN_MODEL)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "java.util.concurrent.locks..", "java.util.concurrent.atomic..")
                    .orShould()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName(Thread.class.getName())
                    .orShould()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName(ThreadLocal.class.getName())
                    .orShould()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName(java.util.concurrent.ExecutorService.class.getName())
                    .orShould()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName(java.util.concurrent.Executors.class.getName())
                    .as("domain-model starts no threads and takes no locks");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoServices =
            noClasses()
                    .that()
                    .resideInAPackage("..domain..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.microcredit..api..",
                            "com.microcredit..application..",
                            "com.microcredit..infrastructure..",
                            "com.microcredit.web..");

    @ArchTest
    static final ArchRule originationUsesOtherModulesOnlyThroughTheirApi =
            onlyThroughApis("origination", "portfolio", "supplychain", "protection", "platform");

    @ArchTest
    static final ArchRule supplyChainUsesOtherModulesOnlyThroughTheirApi =
            onlyThroughApis("supplychain", "portfolio", "origination", "protection", "platform");

    @ArchTest
    static final ArchRule portfolioUsesOtherModulesOnlyThroughTheirApi =
            onlyThroughApis("portfolio", "origination", "supplychain", "protection", "platform");

    /** Data protection serves every module and depends on none of them. */
    @ArchTest
    static final ArchRule protectionUsesOtherModulesOnlyThroughTheirApi =
            onlyThroughApis("protection", "portfolio", "origination", "supplychain", "platform");

    @ArchTest
    static final ArchRule protectionDependsOnNoContext =
            dependsOnNoContext("protection", "portfolio", "origination", "supplychain");

    /** The platform serves every context (messaging machinery, schema, zone) and knows none. */
    @ArchTest
    static final ArchRule platformDependsOnNoContext =
            dependsOnNoContext("platform", "portfolio", "origination", "supplychain", "protection");

    /** The direction origination → supply chain → portfolio holds also through the APIs. */
    @ArchTest
    static final ArchRule portfolioDependsOnNeitherSupplyChainNorOrigination =
            dependsOnNoContext("portfolio", "supplychain", "origination");

    @ArchTest
    static final ArchRule supplyChainDoesNotDependOnOrigination =
            dependsOnNoContext("supplychain", "origination");

    /** No class of the module uses any class of the other contexts, not even their API. */
    private static ArchRule dependsOnNoContext(String module, String... contexts) {
        return noClasses()
                .that()
                .resideInAPackage("com.microcredit." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        Arrays.stream(contexts)
                                .map(c -> "com.microcredit." + c + "..")
                                .toArray(String[]::new));
    }

    /**
     * Classes of one module may use the other modules' api packages only, never their internals.
     */
    private static ArchRule onlyThroughApis(String module, String... others) {
        String[] internals =
                Arrays.stream(others)
                        .flatMap(
                                o ->
                                        Stream.of("application", "infrastructure", "domain")
                                                .map(
                                                        layer ->
                                                                "com.microcredit."
                                                                        + o
                                                                        + "."
                                                                        + layer
                                                                        + ".."))
                        .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage("com.microcredit." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(internals);
    }

    @ArchTest
    static final ArchRule apisExposeNoDomainTypes =
            noClasses()
                    .that()
                    .resideInAPackage("..api..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.microcredit..domain..",
                            "com.microcredit..application..",
                            "com.microcredit..infrastructure..");

    @ArchTest
    static final ArchRule webUsesModulesOnlyThroughTheirApi =
            noClasses()
                    .that()
                    .resideInAPackage("com.microcredit.web..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.microcredit..domain..",
                            "com.microcredit..application..",
                            "com.microcredit..infrastructure..");

    @ArchTest
    static final ArchRule noCyclesBetweenModules =
            slices().matching("com.microcredit.(*)..").should().beFreeOfCycles();
}
