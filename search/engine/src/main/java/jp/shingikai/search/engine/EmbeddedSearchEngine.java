package jp.shingikai.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Elasticsearch server, started as a child process of this JVM on a free loopback port.
 *
 * <p>{@link #acquire} shares one running engine per directory within a JVM (tests in one JVM start it once);
 * {@link #close} stops it when the last holder lets go, and a shutdown hook stops whatever is left.
 *
 * <p>Starting, waiting for health, stopping and cleaning up after a crashed JVM all act on one process and its
 * files, so they stay in this one class (a little over 300 lines); {@link EngineInstallation} and
 * {@link EngineLayout} hold what can stand alone.
 */
public final class EmbeddedSearchEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSearchEngine.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Map<Path, EmbeddedSearchEngine> RUNNING = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedSearchEngine::stopAll, "embedded-search-engine-stop"));
    }

    private final Path key;
    private final EngineLayout layout;
    private final EmbeddedEngineSettings settings;
    private final String version;
    private final int httpPort;
    private final int transportPort;
    private final URI httpUri;
    private final AtomicBoolean stopped = new AtomicBoolean();
    /** Replaced when the engine is started again after its process died. */
    private volatile Process process;
    private int holders = 1;

    private EmbeddedSearchEngine(Path key, EngineLayout layout, EmbeddedEngineSettings settings, String version, int httpPort,
            int transportPort) {
        this.key = key;
        this.layout = layout;
        this.settings = settings;
        this.version = version;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.httpUri = URI.create("http://127.0.0.1:" + httpPort);
    }

    /** Returns the engine running for this directory in this JVM, starting it first if there is none. */
    public static synchronized EmbeddedSearchEngine acquire(EmbeddedEngineSettings settings) {
        Path key = settings.directory().toAbsolutePath().normalize();
        EmbeddedSearchEngine running = RUNNING.get(key);
        if (running != null && running.isRunning()) {
            running.holders++;
            return running;
        }
        EmbeddedSearchEngine started = launch(key, settings);
        RUNNING.put(key, started);
        return started;
    }

    public URI httpUri() {
        return httpUri;
    }

    public String version() {
        return version;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The directory holding the index data. */
    public Path dataDirectory() {
        return layout.data();
    }

    /** Elasticsearch's own log file: the first place to look when the engine misbehaves. */
    public Path serverLog() {
        return layout.serverLog();
    }

    /** Everything the engine printed, including failures before its own logging started. */
    public Path consoleLog() {
        return layout.consoleLog();
    }

    /** The server process and the launcher that started it, for whoever must watch or end them. */
    public List<ProcessHandle> processes() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    }

    @Override
    public void close() {
        synchronized (EmbeddedSearchEngine.class) {
            if (--holders > 0) {
                return;
            }
            RUNNING.remove(key, this);
        }
        stop();
    }

    private static synchronized void stopAll() {
        RUNNING.values().forEach(EmbeddedSearchEngine::stop);
        RUNNING.clear();
    }

    private static EmbeddedSearchEngine launch(Path key, EmbeddedEngineSettings settings) {
        EngineLayout layout = EngineLayout.forDirectory(key);
        EngineInstallation installation = EngineInstallation.bundled();
        EmbeddedSearchEngine engine;
        try {
            layout.createDirectories();
            endLeftoverEngine(layout);
            installation.installInto(layout.home());
            layout.handOverToNobody();
            engine = new EmbeddedSearchEngine(key, layout, settings, installation.version(), freeLoopbackPort(),
                    freeLoopbackPort());
        } catch (IOException e) {
            throw new SearchEngineStartException(
                    "検索エンジン (Elasticsearch) を " + layout.base() + " に準備できませんでした: " + e.getMessage(), e);
        }
        try {
            engine.start("起動しました");
        } catch (RuntimeException e) {
            engine.stop();
            throw e;
        }
        return engine;
    }

    /**
     * Starts the engine again after its process has died, on the same address and data, so that the application's
     * client finds it where it was. Nothing happens while it runs or once it was stopped on purpose.
     *
     * @return whether it was started again
     * @throws SearchEngineStartException if it could not be, with the reason (the caller may try again later)
     */
    public synchronized boolean restart() {
        if (stopped.get() || process.isAlive()) {
            return false;
        }
        try {
            endLeftoverEngine(layout);
        } catch (IOException e) {
            throw new SearchEngineStartException("停止した検索エンジンの後始末ができません: " + e.getMessage(), e);
        }
        start("再起動しました");
        return true;
    }

    /** Starts the server process and waits for it to be green; a process that does not get there is ended. */
    private void start(String done) {
        long startedAt = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(command(layout, settings, httpPort, transportPort))
                    .directory(layout.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(layout.consoleLog().toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("ES_") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("_JAVA_OPTIONS"));
            env.put("ES_JAVA_HOME", System.getProperty("java.home"));
            env.put("ES_JAVA_OPTS", String.join(" ", Stream.concat(Stream.of("-Xms" + settings.heap(), "-Xmx" + settings.heap()),
                    settings.javaOptions().stream()).toList()));
            env.put("ES_TMPDIR", layout.tmp().toString());
            process = builder.start();
            Files.writeString(layout.pidFile(), process.pid() + " " + ProcessHandle.current().pid());
        } catch (IOException e) {
            throw new SearchEngineStartException(
                    "検索エンジン (Elasticsearch) を " + layout.base() + " で起動できませんでした: " + e.getMessage(), e);
        }
        try {
            awaitGreen(settings.startTimeout());
        } catch (RuntimeException e) {
            terminate(process.toHandle(), process.descendants().toList());
            throw e;
        }
        log.info("検索エンジン Elasticsearch {} を{}: {} (pid {}, {} 秒, データ {}, ログ {})", version, done, httpUri, process.pid(),
                String.format("%.1f", (System.nanoTime() - startedAt) / 1e9), layout.data(), layout.serverLog());
    }

    private static List<String> command(EngineLayout layout, EmbeddedEngineSettings settings, int httpPort, int transportPort) {
        List<String> command = new ArrayList<>();
        if (layout.runAsNobody()) {
            Path setpriv = Path.of("/usr/bin/setpriv");
            if (!Files.isExecutable(setpriv)) {
                throw new SearchEngineStartException(
                        "root で実行中ですが setpriv (util-linux) が見つかりません。Elasticsearch は root では起動できません。");
            }
            command.addAll(List.of(setpriv.toString(), "--reuid=" + EngineLayout.NOBODY, "--regid=" + EngineLayout.NOBODY,
                    "--clear-groups"));
        }
        command.add(layout.home().resolve("bin/elasticsearch").toString());
        Map<String, String> options = new LinkedHashMap<>();
        options.put("cluster.name", EngineLayout.CLUSTER_NAME);
        options.put("node.name", "embedded");
        options.put("discovery.type", "single-node");
        options.put("xpack.security.enabled", "false");
        options.put("network.host", "127.0.0.1");
        options.put("http.port", Integer.toString(httpPort));
        options.put("transport.port", Integer.toString(transportPort));
        options.put("path.data", layout.data().toString());
        options.put("path.logs", layout.logs().toString());
        // A nearly full developer disk must not turn every index read-only.
        options.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        options.forEach((name, value) -> command.addAll(List.of("-E", name + "=" + value)));
        return command;
    }

    /** A previous JVM that died without stopping its engine leaves the engine running and the data locked. */
    private static void endLeftoverEngine(EngineLayout layout) throws IOException {
        if (!Files.isRegularFile(layout.pidFile())) {
            return;
        }
        String[] pids = Files.readString(layout.pidFile()).trim().split("\\s+");
        long owner = pids.length > 1 ? Long.parseLong(pids[1]) : -1;
        if (owner != ProcessHandle.current().pid() && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
            throw new SearchEngineStartException("検索エンジンのディレクトリ " + layout.base()
                    + " は別のプロセス (pid " + owner + ") が使用中です。同じデータディレクトリで二重に起動していないか確認してください。");
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(pids[0]));
        if (leftover.isPresent() && leftover.get().isAlive()) {
            log.warn("前回終了時に残った検索エンジン (pid {}) を停止します", pids[0]);
            terminate(leftover.get(), leftover.get().descendants().toList());
        }
        Files.delete(layout.pidFile());
    }

    private void awaitGreen(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(httpUri.resolve("/_cluster/health?wait_for_status=green&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new SearchEngineStartException("検索エンジン (Elasticsearch) が起動中に終了しました (終了コード "
                        + process.exitValue() + ")。ログを確認してください: " + layout.consoleLog() + " / " + layout.serverLog()
                        + "\n" + tail(layout.consoleLog(), 15));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && "green".equals(json.readTree(response.body()).path("status").asText())) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SearchEngineStartException("検索エンジンの起動待ちが中断されました", e);
            }
            sleep(POLL_INTERVAL);
        }
        throw new SearchEngineStartException("検索エンジン (Elasticsearch) が " + timeout.toSeconds()
                + " 秒以内に利用可能になりませんでした。ログを確認してください: " + layout.serverLog() + " / " + layout.consoleLog());
    }

    /** Once only: the application's own shutdown and the JVM's shutdown hook may both get here. */
    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        terminate(process.toHandle(), descendants);
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            log.warn("検索エンジンの pid ファイル {} を削除できません: {}", layout.pidFile(), e.getMessage());
        }
        log.info("検索エンジン (pid {}) を停止しました", process.pid());
        if (settings.temporary()) {
            deleteQuietly(layout.base());
        }
    }

    /** Asks the launcher to shut the server down, and forces whatever is still alive after the grace period. */
    private static void terminate(ProcessHandle launcher, List<ProcessHandle> descendants) {
        launcher.destroy();
        try {
            launcher.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("検索エンジン (pid {}) が {} 秒以内に停止しないため強制終了します", launcher.pid(), STOP_GRACE.toSeconds());
        }
        Stream.concat(Stream.of(launcher), descendants.stream()).filter(ProcessHandle::isAlive).forEach(handle -> {
            handle.destroyForcibly();
            handle.onExit().join();
        });
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("一時的な検索エンジンのディレクトリ {} を削除できません: {}", directory, e.getMessage());
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(" + file + " を読めません: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchEngineStartException("検索エンジンの起動待ちが中断されました", e);
        }
    }
}
