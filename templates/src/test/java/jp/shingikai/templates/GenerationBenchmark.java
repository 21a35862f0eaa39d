package jp.shingikai.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * How long generating papers takes, next to docx4j alone opening and saving the same templates. Run with
 * {@code mvn -q -pl templates -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=jp.shingikai.templates.GenerationBenchmark} (see README).
 */
public final class GenerationBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;

    public static void main(String[] args) throws Exception {
        DocumentGenerator generator = new DocumentGenerator(TemplateSource.defaults());
        byte[] agendaTemplate = template(DocumentTemplate.AGENDA);
        // The templates behind the Kodaira packet's six papers.
        List<byte[]> packetTemplates = new ArrayList<>();
        for (DocumentTemplate template : List.of(DocumentTemplate.AGENDA, DocumentTemplate.CONSULTATION_LETTER,
                DocumentTemplate.STATEMENT_COLLECTION_FROM_OTHERS, DocumentTemplate.CONSULTATION_LETTER,
                DocumentTemplate.STATEMENT_ONLINE_PROVISION, DocumentTemplate.REPORT)) {
            packetTemplates.add(template(template));
        }

        double bareAgenda = millis(() -> openAndSave(agendaTemplate));
        double agenda = millis(() -> generator.generate(DocumentTemplate.AGENDA, KodairaPapers.agenda()));
        double barePacket = millis(() -> {
            packetTemplates.forEach(GenerationBenchmark::openAndSave);
            return null;
        });
        double packet = millis(() -> new PacketAssembler().zip(PacketAssemblerTest.kodairaPacket()));

        System.out.printf("次第 (agenda)          %7.2f ms   docx4j open+save %7.2f ms   ratio %.2f%n", agenda, bareAgenda, agenda / bareAgenda);
        System.out.printf("packet .zip (6 papers) %7.2f ms   docx4j open+save %7.2f ms   ratio %.2f%n", packet, barePacket, packet / barePacket);
        if (PacketAssembler.canRenderPdf()) {
            List<PacketPart> parts = PacketAssemblerTest.kodairaPacket();
            double cold = millis(PDF_RUNS, () -> new PacketAssembler(new ColdOffice()).pdf(parts));
            try (WarmOffice office = new WarmOffice(Duration.ofMinutes(2), new ColdOffice(), Path.of("target", "office"))) {
                office.start();
                double warm = millis(PDF_RUNS, () -> new PacketAssembler(office).pdf(parts));
                System.out.printf("packet PDF, LibreOffice kept running %7.0f ms   started for each packet %7.0f ms   ratio %.2f%n",
                        warm, cold, warm / cold);
            }
        }
    }

    private static final int PDF_RUNS = 5;

    private static double millis(Supplier<Object> work) {
        return millis(MEASURED, work);
    }

    /** The mean of {@code runs} runs after as many to warm up. */
    private static double millis(int runs, Supplier<Object> work) {
        for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
            work.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.get();
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }

    private static byte[] openAndSave(byte[] docx) {
        try {
            WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] template(DocumentTemplate template) throws Exception {
        try (InputStream in = TemplateSource.defaults().openDefault(template)) {
            return in.readAllBytes();
        }
    }
}
