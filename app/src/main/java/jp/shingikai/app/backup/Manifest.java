package jp.shingikai.app.backup;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What a backup holds, written beside it as {@code manifest.json} and checked before anything is restored.
 *
 * @param database  how the database was saved: {@code h2} (H2's own online copy, {@code database.zip}) or
 *                  {@code postgresql} (pg_dump's custom format, {@code database.dump})
 * @param rowCounts rows per table at the time of the backup
 * @param files     every file of the backup (database, file store, templates) by its path in the backup, with its
 *                  SHA-256
 */
public record Manifest(OffsetDateTime createdAt, String database, Map<String, Long> rowCounts, Map<String, String> files) {

    static final String FILE_NAME = "manifest.json";
    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";
}
