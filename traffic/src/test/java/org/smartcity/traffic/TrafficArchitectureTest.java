package org.smartcity.traffic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the traffic core free of web, storage and the court domain, and its packages free of cycles. */
class TrafficArchitectureTest {

    private static final JavaClasses TRAFFIC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartcity.traffic");

    @Test
    void trafficClassesAreImported() {
        org.assertj.core.api.Assertions.assertThat(TRAFFIC).isNotEmpty();
    }

    @Test
    void trafficDoesNotDependOnWebStorageOrCourt() {
        noClasses()
                .that()
                .resideInAPackage("org.smartcity.traffic..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.smartcity.court..",
                        "org.smartcity.platform..",
                        "org.smartcity.app..",
                        "org.smartcity.stream..",
                        "org.apache.flink..",
                        "io.javalin..",
                        "jakarta.servlet..",
                        "org.eclipse.jetty..",
                        "java.sql..",
                        "javax.sql..",
                        "org.h2..",
                        "org.flywaydb..",
                        "org.postgresql..")
                .check(TRAFFIC);
    }

    @Test
    void trafficPackagesHaveNoCycles() {
        slices().matching("org.smartcity.(**)").should().beFreeOfCycles().check(TRAFFIC);
    }
}
