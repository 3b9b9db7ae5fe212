package org.smartcity.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No package of the app depends on another in a cycle (issue 17, shape of the code): the root package is the entry
 * point ({@code SmartcityCli}, the top-level commands) above every feature; what all of them share sits below them
 * in {@code app.cli}; the web layer's features do not depend on each other in a cycle.
 */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smartcity.app");

    @Test
    void appClassesAreImported() {
        assertThat(APP).isNotEmpty();
    }

    @Test
    void webFeaturePackagesHaveNoCycles() {
        slices().matching("org.smartcity.app.web.(*)..")
                .should()
                .beFreeOfCycles()
                .check(APP);
    }

    @Test
    void appPackagesHaveNoCycles() {
        slices().matching("org.smartcity.(**)").should().beFreeOfCycles().check(APP);
    }
}
