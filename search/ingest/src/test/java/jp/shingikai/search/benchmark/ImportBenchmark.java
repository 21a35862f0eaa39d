package jp.shingikai.search.benchmark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.shingikai.search.extraction.ExtractionLimits;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.TikaTextExtractor;
import jp.shingikai.search.importers.ImporterSelection;
import jp.shingikai.search.importers.RegistryImporter;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Import throughput — extraction, layout recognition and reading of the rows — next to Tika alone parsing the same
 * files, for Word and text files and for published PDFs (whose text and tables come from one reading of the layout).
 * Run as README describes; prints documents per second, the ratio, and the time of each stage.
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
            long[] stages = new long[3];
            double ours = documentsPerSecond(files, (name, content) -> {
                long start = System.nanoTime();
                ExtractionResult result = extractor.extract(name, content);
                long extracted = System.nanoTime();
                Optional<RegistryImporter> importer = importers.select(result.text());
                long recognised = System.nanoTime();
                int rows = importer.map(found -> found.read(result.text(), name).rows().size()).orElse(0);
                stages[0] += extracted - start;
                stages[1] += recognised - extracted;
                stages[2] += System.nanoTime() - recognised;
                return rows;
            });
            System.out.printf("%-14s import pipeline %7.1f docs/s   Tika alone %7.1f docs/s   ratio %.2f (of Tika's throughput)%n",
                    label, ours, bare, ours / bare);
            long documents = (long) (WARM_UP + ROUNDS) * files.size();
            System.out.printf("%-14s per document: extraction %.1f ms, recognition %.1f ms, reading the rows %.1f ms%n", "",
                    stages[0] / 1e6 / documents, stages[1] / 1e6 / documents, stages[2] / 1e6 / documents);
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
