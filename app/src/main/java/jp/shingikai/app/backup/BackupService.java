package jp.shingikai.app.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
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
            SavedDatabase database = saveDatabase(target);
            // The files are hashed as they are copied, so each is read once.
            Map<String, String> hashes = BackupFiles.hashes(target);
            BackupFiles.copyTree(storage.filesDirectory(), target.resolve(BackupFiles.FILES), target, hashes);
            BackupFiles.copyTree(storage.dataDir().resolve(BackupFiles.TEMPLATES), target.resolve(BackupFiles.TEMPLATES), target,
                    hashes);
            Manifest manifest = new Manifest(OffsetDateTime.now(clock), database.kind(), database.rowCounts(), hashes);
            json.writerWithDefaultPrettyPrinter().writeValue(target.resolve(Manifest.FILE_NAME).toFile(), manifest);
            log.info("バックアップを作成しました: {}（ファイル {} 件、{} 秒）", target, manifest.files().size(),
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("バックアップを " + target + " に書き込めません: " + e.getMessage(), e);
        }
    }

    /**
     * The copy and its row counts, both of one moment: H2's counts are read from the copy itself, PostgreSQL's in the
     * transaction whose snapshot pg_dump saves. Counted on the live database instead, a change between the two (the
     * search outbox drains every few seconds) would make the manifest disagree with its own backup.
     */
    private SavedDatabase saveDatabase(Path target) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.equals("H2")) {
                Path copy = target.resolve(BackupFiles.H2_DATABASE).toAbsolutePath();
                try (Statement backup = connection.createStatement()) {
                    // An online, consistent copy of the database file.
                    backup.execute("backup to '" + copy.toString().replace("'", "''") + "'");
                }
                return new SavedDatabase(Manifest.H2, h2RowCounts(copy));
            }
            if (product.equals("PostgreSQL")) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    PostgresTools.dump(dataSourceProperties, target.resolve(BackupFiles.POSTGRES_DATABASE), exportedSnapshot(connection));
                    return new SavedDatabase(Manifest.POSTGRESQL, rowCounts(connection));
                } finally {
                    connection.rollback();
                }
            }
            throw new IllegalStateException(product + " のバックアップには対応していません。");
        } catch (SQLException e) {
            throw new IllegalStateException("データベースをバックアップできません: " + e.getMessage(), e);
        }
    }

    /** Opens H2's copy read-only where it lies, inside its zip. */
    private Map<String, Long> h2RowCounts(Path zip) throws IOException, SQLException {
        String entry = BackupFiles.h2DatabaseEntry(zip);
        String name = entry.substring(0, entry.length() - BackupFiles.H2_FILE_SUFFIX.length());
        try (Connection copy = DriverManager.getConnection("jdbc:h2:zip:" + zip + "!/" + name,
                dataSourceProperties.determineUsername(), dataSourceProperties.determinePassword())) {
            return rowCounts(copy);
        }
    }

    private static String exportedSnapshot(Connection connection) {
        return on(connection).sql("select pg_export_snapshot()").query(String.class).single();
    }

    private static Map<String, Long> rowCounts(Connection connection) {
        JdbcClient jdbc = on(connection);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = 'public'"
                + " and table_type in ('BASE TABLE', 'TABLE')").query(String.class).list()) {
            counts.put(table.toLowerCase(), jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    /** Queries on this one connection, inside its transaction, which stays open. */
    private static JdbcClient on(Connection connection) {
        return JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    private record SavedDatabase(String kind, Map<String, Long> rowCounts) {
    }
}
