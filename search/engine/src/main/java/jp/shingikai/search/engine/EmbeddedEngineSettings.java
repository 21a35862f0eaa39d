package jp.shingikai.search.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to run the embedded Elasticsearch.
 *
 * @param directory    where the engine keeps its installation, index data and logs
 * @param heap         JVM heap of the engine, as in {@code -Xmx} ("512m")
 * @param startTimeout how long to wait for green cluster health before giving up
 * @param temporary    delete the installation and index data when the engine stops (tests, benchmarks)
 * @param javaOptions  further options of the engine's JVM ("-XX:TieredStopAtLevel=1" for an engine that lives minutes)
 */
public record EmbeddedEngineSettings(Path directory, String heap, Duration startTimeout, boolean temporary, List<String> javaOptions) {

    private static final Pattern JAVA_OPTION = Pattern.compile("-\\S+");

    public EmbeddedEngineSettings {
        Objects.requireNonNull(directory, "directory");
        if (heap == null || !heap.matches("\\d+[kKmMgG]")) {
            throw new IllegalArgumentException("検索エンジンのヒープ指定が不正です: " + heap + " (例: 512m)");
        }
        if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("検索エンジンの起動待ち時間は正の値で指定してください: " + startTimeout);
        }
        javaOptions = javaOptions == null ? List.of() : List.copyOf(javaOptions);
        for (String option : javaOptions) {
            if (!JAVA_OPTION.matcher(option).matches()) {
                throw new IllegalArgumentException("検索エンジンの JVM オプションは「-」で始まり空白を含まない形で指定してください: " + option);
            }
        }
    }

    public static EmbeddedEngineSettings defaults(Path directory) {
        return new EmbeddedEngineSettings(directory, "512m", Duration.ofSeconds(120), false, List.of());
    }

    /** An engine for tests and benchmarks, which leaves nothing behind when it stops. */
    public static EmbeddedEngineSettings temporary(Path directory) {
        return new EmbeddedEngineSettings(directory, "512m", Duration.ofSeconds(120), true, List.of());
    }

    /** The same engine with these JVM options besides the heap. */
    public EmbeddedEngineSettings withJavaOptions(List<String> options) {
        return new EmbeddedEngineSettings(directory, heap, startTimeout, temporary, options);
    }
}
