package jp.shingikai.app.registry;

import java.time.OffsetDateTime;

/**
 * A published document as it was imported; its bytes are in the file store under its SHA-256.
 *
 * @param outcome IMPORTED, or UNRECOGNIZED for one kept as 未対応の様式 (searchable, and read again on 再解析)
 */
public record ImportedFile(long id, String fileName, String sha256, String mediaType, String outcome, String importer,
        String municipality, OffsetDateTime importedAt) {
}
