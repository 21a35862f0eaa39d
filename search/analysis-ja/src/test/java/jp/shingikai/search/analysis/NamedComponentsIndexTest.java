package jp.shingikai.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch finds stable-plugin components only through named_components.json; this keeps the hand-written
 * index equal to the annotated classes, so a new component cannot be forgotten there.
 */
class NamedComponentsIndexTest {

    private static final List<Class<?>> EXTENSION_POINTS =
            List.of(TokenizerFactory.class, TokenFilterFactory.class, CharFilterFactory.class, AnalyzerFactory.class);

    @Test
    void indexListsEveryAnnotatedComponentUnderItsExtensionPoint() throws Exception {
        Map<String, Map<String, String>> declared = new ObjectMapper().readValue(
                Path.of("target/plugin-metadata/named_components.json").toFile(), Map.class);

        assertThat(declared).isEqualTo(annotatedComponents());
    }

    private static Map<String, Map<String, String>> annotatedComponents() throws IOException, URISyntaxException {
        Path classes = Path.of(KuromojiTokenizerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path packageDir = classes.resolve(KuromojiTokenizerFactory.class.getPackageName().replace('.', '/'));
        Map<String, Map<String, String>> found = new HashMap<>();
        try (Stream<Path> files = Files.list(packageDir)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> loadClass(KuromojiTokenizerFactory.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> type.isAnnotationPresent(NamedComponent.class))
                    .forEach(type -> found
                            .computeIfAbsent(extensionPointOf(type).getName(), key -> new HashMap<>())
                            .put(type.getAnnotation(NamedComponent.class).value(), type.getName()));
        }
        return found;
    }

    private static Class<?> extensionPointOf(Class<?> type) {
        return EXTENSION_POINTS.stream().filter(point -> point.isAssignableFrom(type)).findFirst().orElseThrow();
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
