package jp.shingikai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * The features talk through their public types and events: none reaches into another's sub-packages, and none
 * depends on another in a circle. The module diagram in {@code docs/modules/} is drawn from the same model; run with
 * {@code -Dmodules.docs=$PWD/docs/modules} to redraw it after a change.
 */
class ModularityTest {

    /** Every module uses these; drawing their arrows would hide the others. */
    private static final Set<String> DRAWN_APART = Set.of("jp.shingikai.app.system", "jp.shingikai.app.problems",
            "jp.shingikai.app.security");

    private final ApplicationModules modules = ApplicationModules.of(ShingikaiApplication.class);

    @Test
    void theFeatureModulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleIsNamedInJapaneseInItsPackageInfo() {
        modules.forEach(module -> assertThat(module.getDisplayName()).as(module.getBasePackage().getName())
                .matches(".*[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}].*"));
    }

    @Test
    void theCommittedModuleDiagramIsTheOneTheModelDraws() throws Exception {
        Path drawn = Path.of("target", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML)
                        .withExclusions(module -> DRAWN_APART.contains(module.getBasePackage().getName())));
        String diagram = Files.readString(drawn.resolve("components.puml"));
        assertThat(diagram).contains("諮問 (consultations)", "ワークフロー (workflow)");

        String docs = System.getProperty("modules.docs");
        if (docs != null) {
            Files.createDirectories(Path.of(docs));
            Files.writeString(Path.of(docs, "components.puml"), diagram);
            try (OutputStream svg = Files.newOutputStream(Path.of(docs, "components.svg"))) {
                new SourceStringReader(diagram.replace("@startuml", "@startuml\n!pragma layout smetana"))
                        .outputImage(svg, new FileFormatOption(FileFormat.SVG));
            }
        }
        assertThat(arrows(Files.readString(Path.of("..", "docs", "modules", "components.puml"))))
                .as("docs/modules/components.puml draws the modules as they depend on each other now")
                .isEqualTo(arrows(diagram));
    }

    /** Which module points at which, whatever the order and the kind of dependency the drawing names first. */
    private static Set<String> arrows(String diagram) {
        return diagram.lines().filter(line -> line.contains(".>"))
                .map(line -> line.replaceAll("^(\\S+) \\..*\\.> (\\S+) :.*$", "$1 -> $2"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
