package jp.shingikai.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Where the embedded engine keeps its files. Elasticsearch refuses to run as root, so a root JVM runs it as
 * {@code nobody}; that user cannot reach a directory below, say, {@code /root}, so then everything moves to
 * {@code /var/tmp/shingikai-search-<hash of the configured directory>}.
 */
record EngineLayout(Path base, boolean runAsNobody) {

    static final int NOBODY = 65534;
    static final String CLUSTER_NAME = "shingikai";

    static EngineLayout forDirectory(Path directory) {
        Path configured = directory.toAbsolutePath().normalize();
        if (runningAsRoot()) {
            return new EngineLayout(Path.of("/var/tmp", "shingikai-search-" + shortHash(configured.toString())), true);
        }
        return new EngineLayout(configured, false);
    }

    Path home() {
        return base.resolve("home");
    }

    Path data() {
        return base.resolve("data");
    }

    Path logs() {
        return base.resolve("logs");
    }

    Path tmp() {
        return base.resolve("tmp");
    }

    Path pidFile() {
        return base.resolve("engine.pid");
    }

    /** What the engine prints to stdout and stderr, including failures before its own logging is up. */
    Path consoleLog() {
        return logs().resolve("console.log");
    }

    /** Elasticsearch's own log, named after the cluster. */
    Path serverLog() {
        return logs().resolve(CLUSTER_NAME + ".log");
    }

    void createDirectories() throws IOException {
        for (Path dir : new Path[] {home(), data(), logs(), tmp()}) {
            Files.createDirectories(dir);
        }
    }

    /** Gives the whole tree to {@code nobody}, so the engine can write its data, logs and keystore. */
    void handOverToNobody() throws IOException {
        if (!runAsNobody) {
            return;
        }
        try (Stream<Path> paths = Files.walk(base)) {
            paths.forEach(path -> {
                try {
                    Files.setAttribute(path, "unix:uid", NOBODY);
                    Files.setAttribute(path, "unix:gid", NOBODY);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
