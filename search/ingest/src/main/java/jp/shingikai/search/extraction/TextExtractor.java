package jp.shingikai.search.extraction;

/** Reads the text of an uploaded or imported file. Never throws for a bad file: the result says what happened. */
public interface TextExtractor {

    ExtractionResult extract(String fileName, byte[] content);
}
