package org.uptake;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.uptake.account.AccountAnalysis;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.extract.ClusterFigures;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.impact.ImpactAnalysis;
import org.uptake.impact.ImpactValidation;
import org.uptake.impact.Portfolio;
import org.uptake.ingest.Importer;
import org.uptake.onboarding.Onboarding;
import org.uptake.outreach.CampaignConversions;
import org.uptake.outreach.Delivery;
import org.uptake.outreach.Outreach;
import org.uptake.services.WorkspaceServices;
import org.uptake.adoption.PeriodComparison;
import org.uptake.adoption.CrossTabulation;
import org.uptake.struggle.StrugglePeriods;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.watch.Watch;
import org.uptake.workspace.Workspace;

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
                        "org.uptake.impact..", "org.uptake.report..", "org.uptake.sample..", "org.uptake.watch..",
                        "org.uptake.account..", "org.uptake.extract..")
                .check(classes);
    }

    @Test
    void sampleGeneratorOnlyWritesFiles() {
        noClasses().that().resideInAPackage("org.uptake.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("org.uptake.workspace..", "org.uptake.ingest..",
                        "org.uptake.adoption..", "org.uptake.struggle..", "org.uptake.outreach..",
                        "org.uptake.impact..", "org.uptake.report..", "org.uptake.watch..", "org.uptake.account..", "java.sql..",
                        "org.h2..")
                .check(classes);
    }

    /**
     * Import writers that still run SQL on the import's connection themselves; each is a step of
     * the move into stores left to do (docs/ARCHITECTURE.md §1). The list may only shrink.
     */
    /** A class (or a class nested in one) whose name says it holds SQL: {@code *Queries} or {@code *Store}. */
    private static final DescribedPredicate<JavaClass> OWNS_SQL = DescribedPredicate.describe("named *Queries or *Store", c -> {
        String topLevel = c.getName().substring(c.getPackageName().length() + 1).split("\\$")[0];
        return topLevel.endsWith("Queries") || topLevel.endsWith("Store");
    });

    @Test
    void sqlStaysInWorkspaceAndInQueriesOrStoreClasses() {
        noClasses().that().resideOutsideOfPackage("org.uptake.workspace..")
                .and(DescribedPredicate.not(OWNS_SQL))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void servicesComeOnlyFromTheWorkspacesServiceGraph() {
        noClasses().that().doNotBelongToAnyOf(WorkspaceServices.class)
                .should().callConstructorWhere(target(owner(oneOf(AdoptionAnalysis.class, StruggleAnalysis.class,
                        CampaignConversions.class, Outreach.class, Delivery.class, Onboarding.class, ImpactAnalysis.class,
                        ImpactValidation.class, Portfolio.class, Watch.class, AccountAnalysis.class, ClusterFigures.class,
                        PeriodComparison.class, CrossTabulation.class, StrugglePeriods.class))))
                .because("screens and commands share the one graph of their open workspace")
                .check(classes);
        noClasses().that().doNotBelongToAnyOf(WorkspaceServices.class)
                // The first run's sample is imported while it is created, before it opens and gets its graph.
                .and().doNotBelongToAnyOf(MainWindowViewModel.class)
                .should().callConstructorWhere(target(owner(oneOf(Importer.class))))
                .because("screens and commands share the one graph of their open workspace")
                .check(classes);
    }

    /** Exactly these classes, not their nested records. */
    private static DescribedPredicate<JavaClass> oneOf(Class<?>... types) {
        Set<String> names = Arrays.stream(types).map(Class::getName).collect(Collectors.toSet());
        return DescribedPredicate.describe("one of " + names, c -> names.contains(c.getName()));
    }

    @Test
    void onlyTheWorkspaceMixinOpensAWorkspaceForACommand() {
        noClasses().that().resideInAPackage("org.uptake.app..").and().doNotHaveFullyQualifiedName("org.uptake.app.WorkspaceFolder")
                .should().callMethod(Workspace.class, "open", Path.class)
                .because("a command gets its workspace's services from the WorkspaceFolder mixin, which also closes the workspace")
                .check(classes);
    }

    @Test
    void theServiceGraphSitsBetweenTheAnalysesAndTheirUsers() {
        noClasses().that().resideOutsideOfPackages("org.uptake.services..", "org.uptake.gui..", "org.uptake.app..")
                .should().dependOnClassesThat().resideInAPackage("org.uptake.services..")
                .check(classes);
    }

    @Test
    void onlyQueriesAndStoresGetAConnection() {
        noClasses().that().resideOutsideOfPackage("org.uptake.workspace..")
                .and(DescribedPredicate.not(OWNS_SQL))
                .should().callMethod("org.uptake.workspace.WorkspaceDatabase", "connect", "org.uptake.workspace.Workspace")
                .orShould().callMethod("org.uptake.workspace.Transaction", "connection")
                .check(classes);
    }

    /**
     * DESIGN §2's pipeline: each package uses only those before it. One departure is written in:
     * {@code impact} reads {@code outreach}'s campaign conversion and cluster tips (docs/ARCHITECTURE.md §1).
     * {@code watch} comes after the analyses (it imports inbox files and runs rules on adoption and struggle) and
     * before the services; {@code report} draws its digest as a PDF. {@code account} comes after struggle and outreach
     * (it reads struggling people and writes plays into outreach's review queue) and before watch, report and the services;
     * {@code report} draws the account brief. {@code extract} reads a Spark extract's exact figures beside the
     * analyses, which never depend on it; only the services and the screens show them.
     */
    @Test
    void packagesFollowThePipelineOrder() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.uptake.model..")
                .layer("workspace").definedBy("org.uptake.workspace..")
                .layer("ingest").definedBy("org.uptake.ingest..")
                .layer("adoption").definedBy("org.uptake.adoption..")
                .layer("struggle").definedBy("org.uptake.struggle..")
                .layer("outreach").definedBy("org.uptake.outreach..")
                .layer("onboarding").definedBy("org.uptake.onboarding..")
                .layer("impact").definedBy("org.uptake.impact..")
                .layer("account").definedBy("org.uptake.account..")
                .layer("watch").definedBy("org.uptake.watch..")
                .layer("report").definedBy("org.uptake.report..")
                .layer("sample").definedBy("org.uptake.sample..")
                .layer("extract").definedBy("org.uptake.extract..")
                .layer("gui").definedBy("org.uptake.gui..")
                .layer("services").definedBy("org.uptake.services..")
                .layer("app").definedBy("org.uptake.app..")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("workspace").mayOnlyAccessLayers("model")
                .whereLayer("ingest").mayOnlyAccessLayers("model", "workspace")
                .whereLayer("adoption").mayOnlyAccessLayers("model", "workspace")
                .whereLayer("struggle").mayOnlyAccessLayers("model", "workspace", "adoption")
                .whereLayer("outreach").mayOnlyAccessLayers("model", "workspace", "adoption", "struggle")
                .whereLayer("onboarding").mayOnlyAccessLayers("model", "workspace", "adoption", "struggle", "outreach")
                .whereLayer("impact").mayOnlyAccessLayers("model", "workspace", "adoption", "struggle", "outreach")
                .whereLayer("account").mayOnlyAccessLayers("model", "workspace", "adoption", "struggle", "outreach")
                .whereLayer("watch").mayOnlyAccessLayers("model", "workspace", "ingest", "adoption", "struggle", "account")
                .whereLayer("report").mayOnlyAccessLayers("model", "workspace", "adoption", "struggle", "outreach", "impact", "account",
                        "watch")
                .whereLayer("sample").mayOnlyAccessLayers("model")
                .whereLayer("extract").mayOnlyAccessLayers("model", "workspace")
                .whereLayer("services").mayOnlyAccessLayers("model", "workspace", "ingest", "adoption", "struggle", "outreach",
                        "onboarding", "impact", "account", "watch", "report", "extract")
                .whereLayer("gui").mayOnlyAccessLayers("model", "workspace", "ingest", "adoption", "struggle", "outreach",
                        "onboarding", "impact", "account", "watch", "report", "extract", "services")
                .check(classes);
    }
}
