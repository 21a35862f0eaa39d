package jp.shingikai.search.importers;

/** Reads one layout of published registry documents. Which one applies is decided by content, not file name. */
public interface RegistryImporter {

    /** A short name for summaries ("川口市型 登録報告"). */
    String name();

    /** How well the text matches this layout, from 0 (not at all) to 1. */
    double recognize(String text);

    ImportReading read(String text, String source);
}
