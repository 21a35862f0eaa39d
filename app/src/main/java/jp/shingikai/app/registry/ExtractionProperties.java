package jp.shingikai.app.registry;

import java.time.Duration;

import jp.shingikai.search.extraction.ExtractionLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on reading one imported or attached file.
 *
 * @param maxFileSize     the largest file read
 * @param maxChars        the most text kept from one file
 * @param timeout         how long reading one file may take
 * @param maxExpandedSize the most an archive (an Office file is one) may hold once expanded; more is a zip bomb
 */
@ConfigurationProperties("shingikai.extraction")
record ExtractionProperties(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("2000000") int maxChars,
        @DefaultValue("60s") Duration timeout, @DefaultValue("500MB") DataSize maxExpandedSize) {

    ExtractionLimits limits() {
        return new ExtractionLimits(maxFileSize.toBytes(), maxChars, timeout, maxExpandedSize.toBytes());
    }
}
