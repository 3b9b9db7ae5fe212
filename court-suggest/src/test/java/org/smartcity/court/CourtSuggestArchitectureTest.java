package org.smartcity.court;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The suggestion engines (suggest, search, sentencing, cail, evaluate) depend on the court review core and their
 * libraries only: no web, storage, traffic or app, and no package cycles (the model's guideline term is an interface
 * of {@code suggest} that {@code sentencing} implements, so the calculator and the model do not depend on each other
 * both ways).
 */
class CourtSuggestArchitectureTest {
    /**
     * This module's classes only, from its class folder (the review core's packages share the {@code
     * org.smartcity.court} prefix; the tests run in the module's folder).
     */
    private static final JavaClasses SUGGEST = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void onlyThisModulesClassesAreImported() {
        assertThat(SUGGEST).isNotEmpty();
        assertThat(SUGGEST.stream().map(c -> c.getPackageName()).distinct())
                .allMatch(
                        p -> p.matches("org\\.smartcity\\.court\\.(suggest|search|sentencing|cail|evaluate)(\\..*)?"));
    }

    @Test
    void suggestionEnginesDoNotDependOnWebStorageTrafficOrApp() {
        noClasses()
                .that()
                .resideInAPackage("org.smartcity.court..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.smartcity.traffic..",
                        "org.smartcity.platform..",
                        "org.smartcity.app..",
                        "org.smartcity.stream..",
                        "io.javalin..",
                        "jakarta.servlet..",
                        "org.eclipse.jetty..",
                        "java.sql..",
                        "javax.sql..",
                        "org.h2..",
                        "org.flywaydb..",
                        "org.postgresql..")
                .check(SUGGEST);
    }

    @Test
    void suggestionPackagesHaveNoCycles() {
        slices().matching("org.smartcity.(**)").should().beFreeOfCycles().check(SUGGEST);
    }
}
