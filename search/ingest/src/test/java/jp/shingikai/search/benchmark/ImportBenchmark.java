package jp.shingikai.search.benchmark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.shingikai.search.extraction.ExtractionLimits;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.TikaTextExtractor;
import jp.shingikai.search.importers.ImporterSelection;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Import throughput — extraction, layout recognition and reading of the rows — next to Tika alone parsing the same
 * files, for Word and text files and for published PDFs (whose tables are rebuilt from the layout, a second reading
 * of each page). Run as README describes; prints documents per second and the ratio.
 */
public final class ImportBenchmark {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 20;

    public static void main(String[] args) throws Exception {
        String kawaguchi = Fixtures.text("kawaguchi-2014-council-registry-report.txt");
        String mitaka = Fixtures.text("mitaka-2021-privacy-system-report.txt");
        String kodaira = Fixtures.text("kodaira-2022-council-consultation-packet.txt");
        compare("Word and text", Map.of("kawaguchi.docx", TestDocuments.docx(kawaguchi), "mitaka.docx", TestDocuments.docx(mitaka),
                "kodaira.docx", TestDocuments.docx(kodaira), "kawaguchi.txt", kawaguchi.getBytes(StandardCharsets.UTF_8)));
        compare("published PDF", Map.of("kawaguchi.pdf", TestDocuments.publishedPdf(kawaguchi),
                "mitaka.pdf", TestDocuments.publishedPdf(mitaka), "kodaira.pdf", TestDocuments.publishedPdf(kodaira)));
    }

    private static void compare(String label, Map<String, byte[]> files) throws Exception {
        AutoDetectParser tika = new AutoDetectParser();
        ImporterSelection importers = ImporterSelection.standard();
        try (TikaTextExtractor extractor = new TikaTextExtractor(ExtractionLimits.defaults())) {
            double bare = documentsPerSecond(files, (name, content) -> {
                tika.parse(new ByteArrayInputStream(content), new BodyContentHandler(-1), new Metadata(), new ParseContext());
                return 0;
            });
            double ours = documentsPerSecond(files, (name, content) -> {
                ExtractionResult result = extractor.extract(name, content);
                return importers.select(result.text()).map(importer -> importer.read(result.text(), name).rows().size()).orElse(0);
            });
            System.out.printf("%-14s import pipeline %7.1f docs/s   Tika alone %7.1f docs/s   ratio %.2f (of Tika's throughput)%n",
                    label, ours, bare, ours / bare);
        }
    }

    private static double documentsPerSecond(Map<String, byte[]> files, Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                work.run(file.getKey(), file.getValue());
            }
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            for (Map.Entry<String, byte[]> file : List.copyOf(files.entrySet())) {
                work.run(file.getKey(), file.getValue());
            }
        }
        return ROUNDS * files.size() / ((System.nanoTime() - start) / 1e9);
    }

    @FunctionalInterface
    private interface Work {
        int run(String name, byte[] content) throws Exception;
    }
}
