package jp.shingikai.search.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the Elasticsearch distribution and the Japanese analysis plugin bundled in this jar into the engine's
 * home. A stamp file remembers what was unpacked, so a restart reuses the installation and a new build replaces it.
 */
final class EngineInstallation {

    private static final String STAMP_FILE = ".shingikai-installation";

    private final Properties bundle;

    private EngineInstallation(Properties bundle) {
        this.bundle = bundle;
    }

    static EngineInstallation bundled() {
        Properties properties = new Properties();
        try (InputStream in = resource("engine.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new SearchEngineStartException("検索エンジンの同梱情報 (engine.properties) を読めません", e);
        }
        return new EngineInstallation(properties);
    }

    String version() {
        return bundle.getProperty("elasticsearch.version");
    }

    void installInto(Path home) throws IOException {
        byte[] plugin;
        try (InputStream in = resource(bundle.getProperty("plugin"))) {
            plugin = in.readAllBytes();
        }
        String stamp = version() + " " + sha256(plugin);
        Path stampFile = home.resolve(STAMP_FILE);
        if (Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
            return;
        }
        deleteRecursively(home);
        try (InputStream distribution = resource(bundle.getProperty("distribution"))) {
            unzip(distribution, home, true);
        }
        unzip(new ByteArrayInputStream(plugin), home.resolve("plugins").resolve(bundle.getProperty("plugin.name")), false);
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            for (Path script : scripts.toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.writeString(stampFile, stamp);
    }

    private static void unzip(InputStream source, Path target, boolean stripTopFolder) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream zip = new ZipInputStream(source)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = stripTopFolder ? entry.getName().substring(entry.getName().indexOf('/') + 1) : entry.getName();
                if (name.isEmpty()) {
                    continue;
                }
                Path path = target.resolve(name).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(zip, path);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = EngineInstallation.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("bundled resource missing: " + name + " (was the search module built with mvn package?)");
        }
        return in;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
