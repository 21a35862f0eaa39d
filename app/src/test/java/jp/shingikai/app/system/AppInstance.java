package jp.shingikai.app.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.ShingikaiApplication;

/**
 * The application in a JVM of its own, started with this test JVM's classpath, as a second node would run: it can be
 * stopped, or killed as {@code kill -9} would.
 */
record AppInstance(Process process, int port, Path log) implements AutoCloseable {

    /** Starts an instance and returns once its health is UP (or fails with the end of its log). */
    static AppInstance start(String name, Map<String, String> environment, List<String> options) throws Exception {
        int port = freePort();
        Path log = Path.of("target", "instance-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(compilerAndCollectorOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ShingikaiApplication.class.getName(), "--server.port=" + port));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        AppInstance instance = new AppInstance(builder.start(), port, log);
        instance.awaitUp(Duration.ofMinutes(3));
        return instance;
    }

    /** The test JVM's own -XX options (the build's choice of compiler and collector for short-lived JVMs). */
    private static List<String> compilerAndCollectorOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(option -> option.startsWith("-XX:")).toList();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * As {@code kill -9}: no shutdown hook, no graceful stop, whatever was in flight is cut off. The LibreOffice it
     * kept outlives it, as it would in production until the node starts again; the test stops it itself.
     */
    void kill() throws InterruptedException {
        List<ProcessHandle> children = process.children().toList();
        process.destroyForcibly();
        process.waitFor();
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitUp(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the instance ended while starting:\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the instance did not come up within " + timeout + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
