package org.uptake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN §2, so the layering stays true as the code grows. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.uptake");
    }

    @Test
    void onlyGuiAndAppUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.uptake.gui..", "org.uptake.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void modelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.uptake.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.uptake.model..", "java..")
                .check(classes);
    }

    @Test
    void nothingDependsOnGuiOrAppButThemselves() {
        noClasses().that().resideOutsideOfPackages("org.uptake.gui..", "org.uptake.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uptake.gui..", "org.uptake.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.uptake.gui..")
                .should().dependOnClassesThat().resideInAPackage("org.uptake.app..")
                .check(classes);
    }

    @Test
    void workspaceUsesOnlyTheModel() {
        noClasses().that().resideInAPackage("org.uptake.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uptake.ingest..", "org.uptake.adoption..",
                        "org.uptake.struggle..", "org.uptake.outreach..", "org.uptake.onboarding..",
                        "org.uptake.impact..", "org.uptake.report..", "org.uptake.sample..", "org.uptake.extract..")
                .check(classes);
    }

    @Test
    void extractReadingSitsBesideTheAnalyses() {
        // The exact figures of a Spark extract are read beside the analyses, which never depend on them.
        noClasses().that().resideInAnyPackage("org.uptake.ingest..", "org.uptake.adoption..", "org.uptake.struggle..",
                        "org.uptake.outreach..", "org.uptake.impact..")
                .should().dependOnClassesThat().resideInAPackage("org.uptake.extract..")
                .check(classes);
    }

    @Test
    void analysesFollowThePipelineOrder() {
        noClasses().that().resideInAPackage("org.uptake.adoption..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uptake.struggle..", "org.uptake.outreach..",
                        "org.uptake.onboarding..", "org.uptake.impact..", "org.uptake.report..", "org.uptake.ingest..")
                .check(classes);
        noClasses().that().resideInAPackage("org.uptake.struggle..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uptake.outreach..", "org.uptake.onboarding..",
                        "org.uptake.impact..", "org.uptake.report..", "org.uptake.ingest..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.uptake.outreach..", "org.uptake.impact..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uptake.report..", "org.uptake.ingest..")
                .check(classes);
    }

    @Test
    void sampleGeneratorOnlyWritesFiles() {
        noClasses().that().resideInAPackage("org.uptake.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uptake.workspace..", "org.uptake.ingest..",
                        "org.uptake.adoption..", "org.uptake.struggle..", "org.uptake.outreach..",
                        "org.uptake.impact..", "org.uptake.report..", "java.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void sqlStaysInWorkspaceOrQueriesClasses() {
        noClasses().that().resideInAnyPackage("org.uptake.gui..", "org.uptake.model..", "org.uptake.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
                .check(classes);
    }
}
