package jp.shingikai.app.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server from Debian's {@code postgresql} package, for tests of the {@code postgres} profile.
 * PostgreSQL, like Elasticsearch, will not run as root, so a root JVM runs it as {@code nobody}.
 */
final class PostgresServer implements AutoCloseable {

    private static final int NOBODY = 65534;

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static PostgresServer start() throws IOException, InterruptedException {
        Path bin = installedBinaries();
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "shingikai-pg-");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, dir, port);
        if (runningAsRoot()) {
            Files.setAttribute(dir, "unix:uid", NOBODY);
            Files.setAttribute(dir, "unix:gid", NOBODY);
        }
        server.run("initdb", "-D", dir.resolve("data").toString(), "-U", "shingikai", "--auth=trust", "-E", "UTF8",
                "--locale=C");
        server.run("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
        return server;
    }

    /** Stops the server (ending every connection) and starts it again, as a database restart would. */
    void restart() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(tool + ".out").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(dir.resolve(tool + ".out")));
        }
    }

    private static Path installedBinaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL server binaries not found: apt-get install postgresql"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("PostgreSQL is not installed: apt-get install postgresql", e);
        }
    }

    private static boolean runningAsRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }
}
