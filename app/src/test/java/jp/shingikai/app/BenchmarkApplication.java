package jp.shingikai.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the benchmarks run it: the demo council, in a data directory of its own under {@code target/},
 * with the job executor off so that nothing but the benchmark's own work runs its timers.
 */
public final class BenchmarkApplication {

    private BenchmarkApplication() {
    }

    /** A fresh data directory for one benchmark run. */
    public static Path dataDirectory(String benchmark) {
        return Path.of("target", benchmark + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    /** Starts it on that data directory; the sources after the application's own may replace beans for the benchmark. */
    public static ConfigurableApplicationContext start(Path data, WebApplicationType web, List<Class<?>> sources,
            String... arguments) {
        List<Class<?>> all = new ArrayList<>(List.of(ShingikaiApplication.class));
        all.addAll(sources);
        List<String> args = new ArrayList<>(List.of("--shingikai.data-dir=" + data, "--flowable.async-executor-activate=false",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).web(web).profiles("demo")
                .run(args.toArray(String[]::new));
    }
}
