package jp.shingikai.app.registry;

import java.time.OffsetDateTime;

/** A published document as it was imported; its bytes are in the file store under its SHA-256. */
public record ImportedFile(long id, String fileName, String sha256, String mediaType, String importer, String municipality,
        OffsetDateTime importedAt) {
}
