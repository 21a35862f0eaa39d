package jp.shingikai.search.extraction;

import java.time.Duration;

/**
 * Bounds on reading one file, so one bad file cannot stall or swamp an import.
 *
 * @param maxBytes the largest file accepted
 * @param maxChars the most text kept from one file; the rest is cut
 * @param timeout  how long parsing one file may take
 * @param maxExpandedBytes the most an archive (an Office file is one) may hold once expanded
 */
public record ExtractionLimits(long maxBytes, int maxChars, Duration timeout, long maxExpandedBytes) {

    public ExtractionLimits(long maxBytes, int maxChars, Duration timeout) {
        this(maxBytes, maxChars, timeout, 500L * 1024 * 1024);
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60));
    }
}
