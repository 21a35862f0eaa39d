package jp.shingikai.app.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.shingikai.app.system.StorageProperties;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes a consistent backup into an empty folder: the database first (H2's online {@code BACKUP}, or pg_dump), then
 * the file store and the replaced templates, then the manifest. Files are never changed or removed once stored, and a
 * row is written only after its file, so every file the saved database refers to is in the copy taken after it.
 */
@Service
@RequiredArgsConstructor
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final DataSourceProperties dataSourceProperties;
    private final JdbcClient jdbc;
    private final StorageProperties storage;
    private final ObjectMapper json;
    private final Clock clock;

    public Manifest create(Path target) {
        long started = System.nanoTime();
        try {
            if (Files.exists(target) && !BackupFiles.isEmptyDirectory(target)) {
                throw new IllegalArgumentException("バックアップ先 " + target + " は空のフォルダーにしてください。");
            }
            Files.createDirectories(target);
            String database = saveDatabase(target);
            Map<String, Long> rows = rowCounts();
            // The files are hashed as they are copied, so each is read once.
            Map<String, String> hashes = BackupFiles.hashes(target);
            BackupFiles.copyTree(storage.filesDirectory(), target.resolve(BackupFiles.FILES), target, hashes);
            BackupFiles.copyTree(storage.dataDir().resolve(BackupFiles.TEMPLATES), target.resolve(BackupFiles.TEMPLATES), target,
                    hashes);
            Manifest manifest = new Manifest(OffsetDateTime.now(clock), database, rows, hashes);
            json.writerWithDefaultPrettyPrinter().writeValue(target.resolve(Manifest.FILE_NAME).toFile(), manifest);
            log.info("バックアップを作成しました: {}（ファイル {} 件、{} 秒）", target, manifest.files().size(),
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("バックアップを " + target + " に書き込めません: " + e.getMessage(), e);
        }
    }

    private String saveDatabase(Path target) throws IOException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("データベースに接続できません: " + e.getMessage(), e);
        }
        if (product.equals("H2")) {
            // An online, consistent copy of the database file.
            jdbc.sql("backup to '" + target.resolve(BackupFiles.H2_DATABASE).toAbsolutePath().toString().replace("'", "''") + "'")
                    .update();
            return Manifest.H2;
        }
        if (product.equals("PostgreSQL")) {
            PostgresTools.dump(dataSourceProperties, target.resolve(BackupFiles.POSTGRES_DATABASE));
            return Manifest.POSTGRESQL;
        }
        throw new IllegalStateException(product + " のバックアップには対応していません。");
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = 'public'"
                + " and table_type in ('BASE TABLE', 'TABLE')").query(String.class).list()) {
            counts.put(table.toLowerCase(), jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }
}
