package com.microcredit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module boundaries of the modular monolith, checked on the compiled classes of every module
 * (domain-model, the three EJB modules and web-ui).
 */
@AnalyzeClasses(packages = "com.microcredit", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule domainIsFreeOfContainerApis = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.jms..", "jakarta.faces..",
                    "jakarta.servlet..", "jakarta.inject..", "org.eclipse.microprofile..")
            .as("domain code imports no jakarta.ejb, jakarta.jms or jakarta.faces");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoServices = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..application..", "..infrastructure..", "..web..");

    @ArchTest
    static final ArchRule originationUsesOtherModulesOnlyThroughTheirApi = noClasses()
            .that().resideInAPackage("com.microcredit.origination..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.microcredit.portfolio.application..", "com.microcredit.portfolio.infrastructure..",
                    "com.microcredit.portfolio.domain..", "com.microcredit.supplychain.application..",
                    "com.microcredit.supplychain.infrastructure..", "com.microcredit.supplychain.domain..");

    @ArchTest
    static final ArchRule supplyChainUsesOtherModulesOnlyThroughTheirApi = noClasses()
            .that().resideInAPackage("com.microcredit.supplychain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.microcredit.portfolio.application..", "com.microcredit.portfolio.infrastructure..",
                    "com.microcredit.portfolio.domain..", "com.microcredit.origination.application..",
                    "com.microcredit.origination.infrastructure..", "com.microcredit.origination.domain..");

    @ArchTest
    static final ArchRule portfolioUsesOtherModulesOnlyThroughTheirApi = noClasses()
            .that().resideInAPackage("com.microcredit.portfolio..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.microcredit.origination.application..", "com.microcredit.origination.infrastructure..",
                    "com.microcredit.origination.domain..", "com.microcredit.supplychain.application..",
                    "com.microcredit.supplychain.infrastructure..", "com.microcredit.supplychain.domain..");

    @ArchTest
    static final ArchRule apisExposeNoDomainTypes = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..domain..", "..application..", "..infrastructure..");

    @ArchTest
    static final ArchRule webUsesModulesOnlyThroughTheirApi = noClasses()
            .that().resideInAPackage("com.microcredit.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..domain..", "..application..", "..infrastructure..");

    @ArchTest
    static final ArchRule noCyclesBetweenModules = slices()
            .matching("com.microcredit.(*)..")
            .should().beFreeOfCycles();
}
