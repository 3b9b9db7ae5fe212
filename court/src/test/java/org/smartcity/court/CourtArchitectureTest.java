package org.smartcity.court;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the court review core free of web, storage, the traffic domain and the suggestion engines of {@code
 * court-suggest} (which builds on this module, never the other way round), and its packages free of cycles.
 */
class CourtArchitectureTest {

    private static final JavaClasses COURT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartcity.court");

    @Test
    void courtClassesAreImported() {
        org.assertj.core.api.Assertions.assertThat(COURT).isNotEmpty();
    }

    @Test
    void courtDoesNotDependOnWebStorageOrTraffic() {
        noClasses()
                .that()
                .resideInAPackage("org.smartcity.court..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.smartcity.traffic..",
                        "org.smartcity.platform..",
                        "org.smartcity.app..",
                        "io.javalin..",
                        "jakarta.servlet..",
                        "org.eclipse.jetty..",
                        "java.sql..",
                        "javax.sql..",
                        "org.h2..",
                        "org.flywaydb..",
                        "org.postgresql..")
                .check(COURT);
    }

    @Test
    void reviewCoreDoesNotDependOnTheSuggestionEngines() {
        noClasses()
                .that()
                .resideInAPackage("org.smartcity.court..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.smartcity.court.suggest..",
                        "org.smartcity.court.search..",
                        "org.smartcity.court.sentencing..",
                        "org.smartcity.court.cail..",
                        "org.smartcity.court.evaluate..",
                        "org.apache.lucene..",
                        "de.bwaldvogel.liblinear..")
                .check(COURT);
    }

    @Test
    void courtPackagesHaveNoCycles() {
        slices().matching("org.smartcity.(**)").should().beFreeOfCycles().check(COURT);
    }
}
