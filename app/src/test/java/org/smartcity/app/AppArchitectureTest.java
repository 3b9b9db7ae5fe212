package org.smartcity.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web layer's features do not depend on each other in a cycle (issue 17, shape of the code). */
class AppArchitectureTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartcity.app.web");

    @Test
    void webClassesAreImported() {
        assertThat(WEB).isNotEmpty();
    }

    @Test
    void webFeaturePackagesHaveNoCycles() {
        slices().matching("org.smartcity.app.web.(*)..")
                .should()
                .beFreeOfCycles()
                .check(WEB);
    }
}
