package jp.shingikai.app.searchengine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.shingikai.search.engine.EmbeddedEngineSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded search engine, used when no external cluster is configured ({@code spring.elasticsearch.uris}).
 *
 * @param directory    installation, index data and logs of the engine
 * @param heap         the engine's JVM heap
 * @param startTimeout how long start-up may take before the application gives up
 * @param temporary    delete the engine's files when it stops (test runs)
 * @param restartAttempts how many times in a row a dead engine is started again before the supervisor gives up
 * @param restartBackoff  the pause after the first failed restart, doubled after each further one
 * @param javaOptions     further options of the engine's JVM besides the heap (none by default)
 */
@ConfigurationProperties("shingikai.search.embedded")
record EmbeddedSearchProperties(
        Path directory,
        @DefaultValue("512m") String heap,
        @DefaultValue("120s") Duration startTimeout,
        @DefaultValue("false") boolean temporary,
        @DefaultValue("5") int restartAttempts,
        @DefaultValue("5s") Duration restartBackoff,
        List<String> javaOptions) {

    EmbeddedEngineSettings toSettings() {
        return new EmbeddedEngineSettings(directory, heap, startTimeout, temporary, javaOptions);
    }
}
