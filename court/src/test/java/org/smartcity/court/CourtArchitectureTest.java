package org.smartcity.court;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the court core free of web, storage and the traffic domain. */
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
}
