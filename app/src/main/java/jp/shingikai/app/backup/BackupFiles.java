package jp.shingikai.app.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The folders of a backup, and copying and hashing them file by file. */
final class BackupFiles {

    static final String FILES = "files";
    static final String TEMPLATES = "templates";
    static final String H2_DATABASE = "database.zip";
    static final String POSTGRES_DATABASE = "database.dump";
    static final String H2_FILE_SUFFIX = ".mv.db";

    private BackupFiles() {
    }

    /** The database file inside H2's backup zip, which holds one ("shingikai.mv.db"). */
    static String h2DatabaseEntry(Path zip) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            return archive.stream().map(ZipEntry::getName).filter(name -> name.endsWith(H2_FILE_SUFFIX)).findFirst()
                    .orElseThrow(() -> new IOException(zip + " にデータベースファイルがありません。"));
        }
    }

    static boolean isEmptyDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Copies every file below {@code from} (if it exists) to the same place below {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        copyTree(from, to, to, new TreeMap<>());
    }

    /**
     * As {@link #copyTree(Path, Path)}, hashing each file as it is read for the copy: its SHA-256 goes into
     * {@code hashes} under its path relative to {@code root}.
     */
    static void copyTree(Path from, Path to, Path root, Map<String, String> hashes) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        for (Path file : regularFiles(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
                Files.copy(in, target);
                hashes.put(relative(root, target), HexFormat.of().formatHex(in.getMessageDigest().digest()));
            }
        }
    }

    /** Every file below the folder, by its path relative to it (with /), and its SHA-256. */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Path file : regularFiles(root)) {
            hashes.put(relative(root, file), sha256(file));
        }
        return hashes;
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".partial"))
                    .sorted().toList();
        }
    }
}
