package org.smartcity.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The platform is generic storage and accounts: no court or traffic types, no web, no app; its packages have no
 * cycles.
 */
class PlatformArchitectureTest {
    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartcity.platform");

    @Test
    void platformDoesNotDependOnTheDomainsWebOrApp() {
        assertThat(PLATFORM).isNotEmpty();
        noClasses()
                .that()
                .resideInAPackage("org.smartcity.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.smartcity.court..",
                        "org.smartcity.traffic..",
                        "org.smartcity.stream..",
                        "org.smartcity.app..",
                        "io.javalin..",
                        "jakarta.servlet..",
                        "org.eclipse.jetty..")
                .check(PLATFORM);
    }

    @Test
    void platformPackagesHaveNoCycles() {
        slices().matching("org.smartcity.(**)").should().beFreeOfCycles().check(PLATFORM);
    }
}
