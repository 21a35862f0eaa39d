package jp.shingikai.search.importers;

/** A row an importer could not read with confidence: kept for a person to check, never dropped. */
public record ReviewItem(String text, String reason, Provenance provenance) {
}
