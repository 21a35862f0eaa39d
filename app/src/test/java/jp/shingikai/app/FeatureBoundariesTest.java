package jp.shingikai.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The features talk through their public services and events: no feature reaches into another's {@code internal}
 * package, and no two features depend on each other in a circle.
 */
class FeatureBoundariesTest {

    private static final String BASE = "jp.shingikai.app";
    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void noFeatureReachesIntoAnothersInternals() {
        for (String feature : List.of("cases", "meetings", "reports", "documents", "registry")) {
            noClasses().that().resideOutsideOfPackage(BASE + "." + feature + "..")
                    .should().accessClassesThat().resideInAPackage(BASE + "." + feature + ".internal..")
                    .because(feature + " keeps its repositories to itself")
                    .check(APPLICATION);
        }
    }

    @Test
    void theFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(APPLICATION);
    }
}
