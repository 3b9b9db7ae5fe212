package org.smartcity.stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The stream job depends on the traffic domain and Flink only: no app, court, web or storage; no package cycles. */
class StreamArchitectureTest {
    private static final JavaClasses STREAM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartcity.stream");

    @Test
    void streamDoesNotDependOnAppCourtWebOrStorage() {
        assertThat(STREAM).isNotEmpty();
        noClasses()
                .that()
                .resideInAPackage("org.smartcity.stream..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.smartcity.app..",
                        "org.smartcity.court..",
                        "org.smartcity.platform..",
                        "io.javalin..",
                        "org.eclipse.jetty..",
                        "java.sql..",
                        "org.h2..",
                        "org.flywaydb..",
                        "org.postgresql..")
                .check(STREAM);
    }

    @Test
    void streamPackagesHaveNoCycles() {
        slices().matching("org.smartcity.(**)").should().beFreeOfCycles().check(STREAM);
    }
}
