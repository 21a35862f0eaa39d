package jp.shingikai.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.shingikai.search.extraction.ExtractionLimits;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.TikaTextExtractor;

/** The published documents in shared/fixtures, found beside the checkout from any module directory. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/fixtures").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("fixture " + name + " not found in shared/fixtures beside the checkout");
    }

    /**
     * A fixture as the importers get it: its text as published ({@code text}), or read back by Tika from a Word
     * file ({@code docx}) or from that file exported to PDF ({@code pdf}).
     */
    public static String readAs(String name, String format) {
        String text = text(name);
        if (format.equals("text")) {
            return text;
        }
        byte[] file = switch (format) {
            case "docx" -> TestDocuments.docx(text);
            case "pdf" -> TestDocuments.publishedPdf(text);
            default -> throw new IllegalArgumentException(format);
        };
        try (TikaTextExtractor extractor = new TikaTextExtractor(ExtractionLimits.defaults())) {
            ExtractionResult result = extractor.extract(name + "." + format, file);
            if (!result.isOk()) {
                throw new IllegalStateException(result.message());
            }
            return result.text();
        }
    }

    public static String text(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
