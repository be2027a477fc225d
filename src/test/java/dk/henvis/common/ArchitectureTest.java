package dk.henvis.common;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.henvis.referral.Referral;

/** The rooms and their doors (docs/ARCHITECTURE.md, "Rooms"), checked on the compiled classes. */
@AnalyzeClasses(packages = "dk.henvis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
            .because("tests move time with the injected Clock");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses().that().resideInAPackage("dk.henvis.common..")
            .should().dependOnClassesThat(resideInAPackage("dk.henvis..").and(resideOutsideOfPackage("dk.henvis.common..")))
            .because("common holds only what every feature shares");

    @ArchTest
    static final ArchRule featuresImportEachOtherOneWayOnly = slices().matching("dk.henvis.(*)..")
            .should().beFreeOfCycles()
            .because("a change to one feature must not ripple back through the features it uses");

    @ArchTest
    static final ArchRule onlyTheReferralChangesItsFields = noClasses()
            .that().doNotHaveFullyQualifiedName(Referral.class.getName())
            .should().setFieldWhere(JavaAccess.Predicates.targetOwner(JavaClass.Predicates.equivalentTo(Referral.class)))
            .because("a referral changes through the methods named after what happens to it, which keep its rules");

    @ArchTest
    static final ArchRule resourcesStayThin = noClasses().that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
            .because("services own the transaction and the queries");

    @ArchTest
    static final ArchRule nothingPrintsToTheConsole = noClasses()
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("logging goes through the logger, which is kept free of personal data");

    @ArchTest
    static final ArchRule theReferralCoreDoesNotReachIntoLaterSteps = noClasses()
            .that().resideInAPackage("dk.henvis.referral..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.henvis.places..",
                    "dk.henvis.session..", "dk.henvis.outcome..")
            .because("later steps react to the referral's events instead");

    @ArchTest
    static final ArchRule consolePagesHoldNoRulesOrQueries = noClasses().that().resideInAPackage("dk.henvis.console..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
            .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
            .orShould().dependOnClassesThat().resideInAPackage("dk.henvis.demo..")
            .because("a page calls the application services the API calls, so that every rule is written once");
}
