package io.accountable.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the code, kept by the build: the computation of the numbers is pure. The
 * attribution engine depends on the JDK alone; the KPI formulas on the JDK, the engine and the
 * facts' columns; the filter depends on nothing that computes or draws; no service reads the
 * cards back. (Cycles between the feature packages remain, see the README's "Packages".)
 */
class ArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void read() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.accountable");
    }

    @Test
    void shouldKeepTheAttributionEngineToTheJdk() {
        classes().that().resideInAPackage("io.accountable.attribution.engine..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.accountable.attribution.engine..").check(app);
    }

    @Test
    void shouldKeepTheKpiFormulasToTheJdkAndTheFacts() {
        classes().that().resideInAPackage("io.accountable.kpi.formula..").should().onlyDependOnClassesThat(
                JavaClass.Predicates.resideInAnyPackage("java..", "io.accountable.kpi.formula..",
                        "io.accountable.attribution.engine..")
                        .or(JavaClass.Predicates.belongToAnyOf(io.accountable.facts.Facts.class)))
                .check(app);
    }

    /** The filter is the ground floor: nothing it depends on computes a number or draws a page. */
    @Test
    void shouldKeepTheFilterOnTheGroundFloor() {
        classes().that().resideInAPackage("io.accountable.filter..").should().onlyDependOnClassesThat(
                JavaClass.Predicates.resideInAnyPackage("java..", "jakarta..", "io.quarkus..", "io.accountable.filter..",
                        "io.accountable.attribution.engine..", "io.accountable.settings..", "io.accountable.i18n..",
                        "io.accountable.web..", "io.accountable.facts..")
                        .or(JavaClass.Predicates.belongToAnyOf(io.accountable.PlausibleRange.class,
                                io.accountable.AccountableConfig.class)))
                .check(app);
    }

    /** The card and narrative layer reads the services; no service reads the cards back. */
    @Test
    void shouldKeepTheServicesFromReadingTheCards() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .resideInAnyPackage("io.accountable.kpi..", "io.accountable.attribution..", "io.accountable.facts..",
                        "io.accountable.filter..", "io.accountable.account..")
                .should().dependOnClassesThat().resideInAnyPackage("io.accountable.dashboard..").check(app);
    }
}
