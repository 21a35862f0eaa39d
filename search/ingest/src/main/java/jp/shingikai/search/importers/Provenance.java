package jp.shingikai.search.importers;

/**
 * Where an imported value came from, so a person can check it against the original.
 *
 * @param source  the file (or other source) name
 * @param section the part of the document (新規登録, 修正…)
 * @param line    the line of the extracted text, counted from 1
 */
public record Provenance(String source, String section, int line) {
}
