package jp.shingikai.search.extraction;

import java.util.Map;

/**
 * What was read from one file.
 *
 * @param text      the text, empty unless OK; at most the configured number of characters
 * @param truncated the text was cut at the character limit
 * @param mediaType what the file was detected to be (application/pdf…)
 * @param metadata  the document's own metadata (title, author, dates) as Tika reports it
 * @param message   for anything but OK, what went wrong, in Japanese; for OK, a note on how it was read (an extension
 *                  that did not match the content), or null
 */
public record ExtractionResult(ExtractionOutcome outcome, String text, boolean truncated, String mediaType,
        Map<String, String> metadata, String message) {

    public static ExtractionResult failed(ExtractionOutcome outcome, String mediaType, String message) {
        return new ExtractionResult(outcome, "", false, mediaType, Map.of(), message);
    }

    public boolean isOk() {
        return outcome == ExtractionOutcome.OK;
    }
}
