package com.microcredit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layering inside loan origination, the supply chain and the web module (issue 19, "ports, not
 * imports"): application services reach messaging, files and other infrastructure through ports
 * (interfaces in their own layer) that infrastructure implements; the domain knows neither layer;
 * the published API knows nothing behind it; no package cycle in any of the three modules.
 */
@AnalyzeClasses(
        packages = {
            "com.microcredit.origination",
            "com.microcredit.supplychain",
            "com.microcredit.web"
        },
        importOptions = ImportOption.DoNotIncludeTests.class)
class OriginationLayeringTest {

    private static final String[] CONTEXTS = {
        "com.microcredit.origination", "com.microcredit.supplychain"
    };

    private static String[] layer(String name) {
        String[] packages = new String[CONTEXTS.length];
        for (int i = 0; i < CONTEXTS.length; i++) {
            packages[i] = CONTEXTS[i] + "." + name + "..";
        }
        return packages;
    }

    @ArchTest
    static final ArchRule applicationDependsOnPortsNotOnInfrastructure =
            noClasses()
                    .that()
                    .resideInAnyPackage(layer("application"))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(layer("infrastructure"))
                    .as(
                            "origination and supply-chain application code uses ports, never"
                                    + " infrastructure classes");

    @ArchTest
    static final ArchRule domainKnowsNeitherApplicationNorInfrastructure =
            noClasses()
                    .that()
                    .resideInAnyPackage(layer("domain"))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.microcredit.origination.application..",
                            "com.microcredit.origination.infrastructure..",
                            "com.microcredit.supplychain.application..",
                            "com.microcredit.supplychain.infrastructure..")
                    .as(
                            "origination and supply-chain domain code knows no application or"
                                    + " infrastructure");

    @ArchTest
    static final ArchRule apiKnowsNothingBehindIt =
            noClasses()
                    .that()
                    .resideInAnyPackage(layer("api"))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.microcredit.origination.application..",
                            "com.microcredit.origination.infrastructure..",
                            "com.microcredit.supplychain.application..",
                            "com.microcredit.supplychain.infrastructure..")
                    .as(
                            "the published API (the EJB client jar) knows no application or"
                                    + " infrastructure");

    @ArchTest
    static final ArchRule noCycleBetweenOriginationPackages =
            slices().matching("com.microcredit.origination.(**)")
                    .should()
                    .beFreeOfCycles()
                    .as("no package cycle in loan origination");

    @ArchTest
    static final ArchRule noCycleBetweenSupplyChainPackages =
            slices().matching("com.microcredit.supplychain.(**)")
                    .should()
                    .beFreeOfCycles()
                    .as("no package cycle in the supply chain");

    @ArchTest
    static final ArchRule noCycleBetweenWebPackages =
            slices().matching("com.microcredit.web.(**)")
                    .should()
                    .beFreeOfCycles()
                    .as("no package cycle in the web module");
}
