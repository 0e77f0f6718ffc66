package dev.billingone.workstation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of docs/architecture.md, in plain words. */
@AnalyzeClasses(packages = "dev.billingone.workstation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainAndServicesNeverTouchJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "dev.billingone.workstation.app")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the CLI and the GUI share one headless code path");

    @ArchTest
    static final ArchRule coreDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("dev.billingone.workstation.core..")
            .should().dependOnClassesThat().resideOutsideOfPackages("dev.billingone.workstation.core..", "java..")
            .because("money, periods and error types are the base everything else stands on");

    @ArchTest
    static final ArchRule syncEngineDoesNotKnowItsConnectors = noClasses()
            .that().resideInAPackage("dev.billingone.workstation.sync")
            .should().dependOnClassesThat().resideInAPackage("dev.billingone.workstation.sync.connectors..")
            .allowEmptyShould(true)
            .because("connectors depend on the engine's interfaces, never the reverse");

    @ArchTest
    static final ArchRule billingDoesNotKnowTheConnectors = noClasses()
            .that().resideInAPackage("dev.billingone.workstation.billing..")
            .should().dependOnClassesThat().resideInAPackage("dev.billingone.workstation.sync.connectors..")
            .because("the push handlers record their outcome through billing; billing reaching back would be a cycle");

    @ArchTest
    static final ArchRule onlyTheUiAndLauncherReachTheUi = noClasses()
            .that().resideOutsideOfPackages("..ui..", "dev.billingone.workstation.app")
            .and().resideOutsideOfPackage("dev.billingone.workstation.app.deeplink")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("services are called by the UI, not the other way round");

    @ArchTest
    static final ArchRule deepLinksReachOnlyTheSectionsOfTheUi = noClasses()
            .that().resideInAPackage("dev.billingone.workstation.app.deeplink")
            .should().dependOnClassesThat(DescribedPredicate.describe("UI classes other than Section",
                    c -> c.getPackageName().startsWith("dev.billingone.workstation.ui")
                            && !c.getName().equals("dev.billingone.workstation.ui.shell.Section")))
            .because("links are parsed headless (the CLI forwards them without JavaFX), and a link names a Section");
}
