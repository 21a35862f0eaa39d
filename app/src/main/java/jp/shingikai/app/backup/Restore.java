package jp.shingikai.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * Puts a backup back, before the application starts on it: the manifest's hashes are checked first, then the file
 * store and templates are copied into the data directory, and the database is restored (H2's file, or pg_restore
 * into an empty PostgreSQL database). The search indices are derived data: the application rebuilds them from the
 * restored database when it starts and finds them empty.
 */
public final class Restore {

    private Restore() {
    }

    /**
     * @param database the database to restore into: for H2, its file is written below {@code dataDir}/db as the
     *                 default name; for PostgreSQL, the (empty) database these properties name
     */
    public static Manifest restore(Path backup, Path dataDir, DataSourceProperties database) {
        try {
            Manifest manifest = new ObjectMapper().registerModule(new JavaTimeModule())
                    .readValue(backup.resolve(Manifest.FILE_NAME).toFile(), Manifest.class);
            Map<String, String> found = BackupFiles.hashes(backup);
            found.remove(Manifest.FILE_NAME);
            if (!found.equals(manifest.files())) {
                throw new IllegalStateException("バックアップ " + backup + " の内容がマニフェストと一致しません（ファイルの欠落か改変）。"
                        + "復元を中止しました。");
            }
            if (Files.exists(dataDir.resolve("db")) && !BackupFiles.isEmptyDirectory(dataDir.resolve("db"))) {
                throw new IllegalStateException("復元先 " + dataDir + " には既にデータベースがあります。空のデータディレクトリに復元してください。");
            }
            BackupFiles.copyTree(backup.resolve(BackupFiles.FILES), dataDir.resolve(BackupFiles.FILES));
            BackupFiles.copyTree(backup.resolve(BackupFiles.TEMPLATES), dataDir.resolve(BackupFiles.TEMPLATES));
            if (manifest.database().equals(Manifest.H2)) {
                unzipDatabase(backup.resolve(BackupFiles.H2_DATABASE), dataDir.resolve("db"));
            } else {
                PostgresTools.restore(database, backup.resolve(BackupFiles.POSTGRES_DATABASE));
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("バックアップ " + backup + " を復元できません: " + e.getMessage(), e);
        }
    }

    /** H2's backup holds one database file; it becomes the data directory's default database, shingikai.mv.db. */
    private static void unzipDatabase(Path zip, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (ZipFile archive = new ZipFile(zip.toFile()); InputStream database = archive.getInputStream(
                archive.getEntry(BackupFiles.h2DatabaseEntry(zip)))) {
            Files.copy(database, directory.resolve("shingikai" + BackupFiles.H2_FILE_SUFFIX));
        }
    }
}
